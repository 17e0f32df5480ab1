// Some providers report amounts as decimal strings in major units ("10.50"); the hub keeps
// integer minor units. Parsed as text, never through floats.

/** ISO 4217 minor-unit exponents that are not 2 (the common ones; the rest default to 2). */
const EXPONENT: Record<string, number> = {
  JPY: 0, KRW: 0, HUF: 0, TWD: 0, VND: 0, CLP: 0, ISK: 0, UGX: 0, XOF: 0, XAF: 0,
  BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3, IQD: 3, LYD: 3,
};

export const minorExponent = (currency: string): number => EXPONENT[currency.toUpperCase()] ?? 2;

/** "10.5" AED → 1050; null for anything that is not a plain non-negative decimal that fits. */
export function decimalToMinor(value: string | number | null, currency: string): number | null {
  if (value === null) return null;
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const exponent = minorExponent(currency);
  const fraction = (match[2] ?? '').padEnd(exponent, '0');
  // More decimals than the currency has: only trailing zeros are acceptable.
  if (/[1-9]/.test(fraction.slice(exponent))) return null;
  const minor = Number(match[1]! + fraction.slice(0, exponent));
  return Number.isSafeInteger(minor) ? minor : null;
}

/**
 * A provider's refunded amount (minor units of what it charged) in the payment's fils.
 * When the payment was charged in another currency (PayPal cannot take AED), the refund is
 * converted at the payment's own ratio; rounded half up, capped at the amount. BigInt keeps
 * the product exact.
 */
export function refundedFils(minor: number, amountFils: number, chargedMinor: number | null): number {
  const fils = chargedMinor && chargedMinor > 0
    ? Number((BigInt(minor) * BigInt(amountFils) * 2n + BigInt(chargedMinor)) / (2n * BigInt(chargedMinor)))
    : minor;
  return Math.min(fils, amountFils);
}
