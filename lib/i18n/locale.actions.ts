'use server';

import { refresh } from 'next/cache';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { LOCALE_COOKIE, LOCALES } from './locales';

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/**
 * Remembers the language for a year and re-renders the page in it. Open to anyone: it
 * changes nothing but this browser's presentation.
 */
export async function setLocaleAction(locale: unknown): Promise<void> {
  const parsed = z.enum(LOCALES).safeParse(locale);
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: '/', maxAge: ONE_YEAR_S, sameSite: 'lax', httpOnly: false });
  refresh();
}
