/**
 * Money is integer fils (1 AED = 100 fils) end to end. These conversions work on the
 * decimal text itself, never through a float, so 19.99 is 1999 fils exactly.
 */
export class MoneyError extends Error {}

/** Largest amount accepted: AED 10 billion, far beyond any tailoring order, well inside 2^53. */
export const MAX_FILS = 1_000_000_000_000;

const DECIMAL = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** "1234.5" → 123450. Refuses more than two decimals, signs, zero, exponents and absurd sizes. */
export function parseAedToFils(input: string): number {
  const text = input.trim();
  const match = DECIMAL.exec(text);
  if (!match) {
    if (/^\d+\.\d{3,}$/.test(text)) throw new MoneyError(`"${text}" has more than two decimals; AED has fils, not smaller units.`);
    if (/^-/.test(text)) throw new MoneyError('An amount cannot be negative.');
    throw new MoneyError(`"${text.slice(0, 30)}" is not an amount such as 1234.50.`);
  }
  const fils = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (fils === 0) throw new MoneyError('An amount must be more than zero.');
  if (fils > MAX_FILS) throw new MoneyError('The amount is too large.');
  return fils;
}

/** An integer number of fils, checked: positive, whole, within range. */
export function assertFils(fils: unknown): number {
  if (typeof fils !== 'number' || !Number.isSafeInteger(fils)) throw new MoneyError('Amounts are whole numbers of fils.');
  if (fils <= 0) throw new MoneyError('An amount must be more than zero.');
  if (fils > MAX_FILS) throw new MoneyError('The amount is too large.');
  return fils;
}

/** 123450 → "1234.50": the decimal major-unit string Telr and PayPal expect. */
export function filsToDecimalString(fils: number): string {
  assertFils(fils);
  const whole = Math.floor(fils / 100);
  const rest = fils % 100;
  return `${whole}.${String(rest).padStart(2, '0')}`;
}
