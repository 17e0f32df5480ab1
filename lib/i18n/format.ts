import { formatAed as formatAedFils } from '../../supabase/functions/_shared/money/format.ts';
import type { Locale } from './locales';

// Arabic numbers in Arabic-Indic digits, as formatAed writes amounts; English as used in the UAE.
const NUMBER_LOCALE: Record<Locale, string> = { en: 'en-AE', ar: 'ar-AE-u-nu-arab' };

export function numberLocale(locale: Locale): string {
  return NUMBER_LOCALE[locale];
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits: 0 }).format(value);
}

/** A ratio (0.9648) as a percentage with one decimal. */
export function formatPercent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratio);
}

/** Milliseconds with the locale's unit ("1,234 ms", "١٬٢٣٤ ملي ث"). */
export function formatMs(value: number, locale: Locale): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0 }).format(value);
}

/** Money is integer fils end to end; shown as AED in the locale's digits. */
export function formatAed(fils: number, locale: Locale): string {
  return formatAedFils(fils, locale);
}
