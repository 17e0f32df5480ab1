'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { dictionaryFor, type Dictionary } from '@/lib/i18n/dictionary';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';

interface I18n {
  locale: Locale;
  t: Dictionary;
}

// English without a provider, so a component rendered outside the dashboard still reads.
const I18nContext = createContext<I18n>({ locale: DEFAULT_LOCALE, t: dictionaryFor(DEFAULT_LOCALE) });

/** The language the server rendered with (from the cookie), for client components. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: dictionaryFor(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
