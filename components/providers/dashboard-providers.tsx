'use client';

import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { LocaleProvider } from './locale-provider';
import { QueryProvider } from './query-provider';

/** What every dashboard page needs on the client: the language and the data cache. */
export function DashboardProviders({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <LocaleProvider locale={locale}>
      <QueryProvider>{children}</QueryProvider>
    </LocaleProvider>
  );
}
