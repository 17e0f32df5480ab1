import { assertFils } from './fils.ts';

export type MoneyLocale = 'en' | 'ar';

/**
 * "AED 1,234.50" in English; Arabic digits, separators and the dirham sign in Arabic.
 * The whole part is formatted by Intl as an integer and the fils appended with the
 * locale's own decimal separator, so no float ever holds the amount.
 */
export function formatAed(fils: number, locale: MoneyLocale = 'en'): string {
  assertFils(fils);
  const tag = locale === 'ar' ? 'ar-AE-u-nu-arab' : 'en-AE';
  const whole = new Intl.NumberFormat(tag, { useGrouping: true, maximumFractionDigits: 0 }).format(Math.floor(fils / 100));
  const decimalSeparator =
    new Intl.NumberFormat(tag, { minimumFractionDigits: 1 }).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  const filsDigits = new Intl.NumberFormat(tag, { minimumIntegerDigits: 2, useGrouping: false }).format(fils % 100);
  const amount = `${whole}${decimalSeparator}${filsDigits}`;
  return locale === 'ar' ? `${amount} د.إ.‏` : `AED ${amount}`;
}
