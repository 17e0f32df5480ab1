import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { dictionaryFor, type Dictionary } from './dictionary';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from './locales';

/** The language chosen with the switch (a cookie), English otherwise. Once per request. */
export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
});

export async function getDictionary(): Promise<Dictionary> {
  return dictionaryFor(await getLocale());
}
