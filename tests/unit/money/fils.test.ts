import { describe, expect, it } from 'vitest';
import { filsToDecimalString, parseAedToFils } from '../../../supabase/functions/_shared/money/fils.ts';
import { formatAed } from '../../../supabase/functions/_shared/money/format.ts';

describe('AED ↔ fils', () => {
  it('converts exactly, with no floating point', () => {
    expect(parseAedToFils('0.07')).toBe(7);
    expect(parseAedToFils('19.99')).toBe(1999);
    expect(parseAedToFils('1234.50')).toBe(123450);
    expect(parseAedToFils('1234.5')).toBe(123450);
    expect(parseAedToFils('10')).toBe(1000);
    expect(parseAedToFils(' 0.10 ')).toBe(10);
    // 0.07 * 100 in floating point is 7.000000000000001; the string path never sees it.
    expect(0.07 * 100).not.toBe(7);
  });

  it('refuses more than two decimals, negatives, zero, non-numbers and absurd sizes with a clear message', () => {
    expect(() => parseAedToFils('1.005')).toThrow(/more than two decimals/);
    expect(() => parseAedToFils('-5')).toThrow(/negative/);
    expect(() => parseAedToFils('0')).toThrow(/more than zero/);
    expect(() => parseAedToFils('0.00')).toThrow(/more than zero/);
    for (const bad of ['abc', '1e3', '1,000', '', '.5', '5.', 'NaN', 'Infinity', '0x10']) expect(() => parseAedToFils(bad)).toThrow(/not an amount/);
    expect(() => parseAedToFils('99999999999999')).toThrow();
    expect(() => parseAedToFils('10000000001')).toThrow(/too large/);
  });

  it('renders decimal strings for providers that take major units', () => {
    expect(filsToDecimalString(7)).toBe('0.07');
    expect(filsToDecimalString(1999)).toBe('19.99');
    expect(filsToDecimalString(123450)).toBe('1234.50');
    expect(() => filsToDecimalString(1.5)).toThrow(/whole numbers/);
  });

  it('displays AED 1,234.50, and Arabic digits in Arabic', () => {
    expect(formatAed(123450)).toBe('AED 1,234.50');
    expect(formatAed(7)).toBe('AED 0.07');
    expect(formatAed(100000000)).toBe('AED 1,000,000.00');
    const ar = formatAed(123450, 'ar');
    expect(ar).toContain('١٬٢٣٤٫٥٠');
    expect(ar).toContain('د.إ.');
  });
});
