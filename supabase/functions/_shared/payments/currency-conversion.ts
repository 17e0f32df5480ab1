import { minorExponent } from '../webhook-processing/money.ts';

// Explicit conversion for providers that cannot take AED (PayPal). The organization sets
// a rate on the connection; everything here is integer (BigInt) arithmetic on the decimal
// text of the rate, so AED 19.99 at 0.2723 is always the same number of cents.

export class ConversionError extends Error {}

/** A rate as an exact fraction: units of the target currency per 1 AED = digits / 10^scale. */
export interface Rate {
  text: string;
  digits: bigint;
  scale: number;
}

// numeric(20, 10) in payments.conversion_rate: at most 10 whole and 10 fractional digits.
const RATE = /^(\d{1,10})(?:\.(\d{1,10}))?$/;

export function parseRate(text: string): Rate {
  const match = RATE.exec(text.trim());
  if (!match) throw new ConversionError(`The rate "${text.slice(0, 30)}" is not a decimal such as 0.2723.`);
  const fraction = match[2] ?? '';
  const digits = BigInt(match[1]! + fraction);
  if (digits === 0n) throw new ConversionError('The rate must be more than zero.');
  return { text: text.trim(), digits, scale: fraction.length };
}

/** Integer division rounding halves away from zero (all values here are positive). */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/**
 * Fils → minor units of `currency` at `rate`: fils/100 AED × rate × 10^exponent, rounded
 * half up. JPY-like currencies (no minor unit) and 3-decimal ones come out right.
 */
export function convertFils(fils: number, rate: Rate, currency: string): number {
  const exponent = BigInt(minorExponent(currency));
  const numerator = BigInt(fils) * rate.digits * 10n ** exponent;
  const denominator = 100n * 10n ** BigInt(rate.scale);
  const minor = divideRounded(numerator, denominator);
  if (minor <= 0n) throw new ConversionError(`The amount is less than one minor unit of ${currency} at this rate.`);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) throw new ConversionError('The converted amount is too large.');
  return Number(minor);
}

/**
 * The share of a converted charge that a refund takes back, as the difference of two
 * cumulative shares: the refunds of one payment then always add up to exactly the
 * charged amount, whatever the rounding of each.
 */
export function refundShare(chargedMinor: number, amountFils: number, refundedBefore: number, refundFils: number): number {
  const share = (refunded: number) => (BigInt(chargedMinor) * BigInt(refunded)) / BigInt(amountFils);
  const after = refundedBefore + refundFils;
  if (after > amountFils) throw new ConversionError('The refund is more than what remains of the payment.');
  return Number(share(after) - share(refundedBefore));
}

/** 3361 in USD → "33.61"; 500 in JPY → "500": the decimal text PayPal expects. */
export function minorToDecimalString(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor) || minor < 0) throw new ConversionError('Minor units are whole, non-negative numbers.');
  const exponent = minorExponent(currency);
  if (exponent === 0) return String(minor);
  const text = String(minor).padStart(exponent + 1, '0');
  return `${text.slice(0, -exponent)}.${text.slice(-exponent)}`;
}
