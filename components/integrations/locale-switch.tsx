'use client';

import { useTransition } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { setLocaleAction } from '@/lib/i18n/locale.actions';
import { directionOf, type Locale } from '@/lib/i18n/locales';

/** Switches between English and Arabic; the page re-renders in the other language and direction. */
export function LocaleSwitch() {
  const { locale, t } = useI18n();
  const [pending, startTransition] = useTransition();
  const next: Locale = locale === 'ar' ? 'en' : 'ar';

  const change = () =>
    startTransition(async () => {
      // Direction flips at once; the server re-render then brings the translated labels.
      document.documentElement.lang = next;
      document.documentElement.dir = directionOf(next);
      await setLocaleAction(next);
    });

  return (
    <button
      type="button"
      onClick={change}
      disabled={pending}
      lang={next}
      aria-label={t.common.locale.switchLabel}
      data-test="locale-switch"
      data-locale={locale}
      className="w-full rounded-md border border-slate-600 px-3 py-1.5 text-sm font-medium text-slate-200 hover:bg-slate-800 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-400"
    >
      {t.common.locale.switchTo}
    </button>
  );
}
