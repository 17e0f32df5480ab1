import { describe, expect, it } from 'vitest';
import { convertFils, minorToDecimalString, parseRate, refundShare } from '../../../supabase/functions/_shared/payments/currency-conversion.ts';

describe('explicit conversion of AED for providers without AED', () => {
  it('converts fils at a decimal rate with integer arithmetic, rounding half up', () => {
    const rate = parseRate('0.2723');
    expect(convertFils(1999, rate, 'USD')).toBe(544); // 5.443277 USD
    expect(convertFils(123450, rate, 'USD')).toBe(33615); // 336.15435
    expect(convertFils(100, parseRate('0.125'), 'USD')).toBe(13); // 12.5 cents → 13
    expect(convertFils(10000, parseRate('40.5'), 'JPY')).toBe(4050); // no minor unit
    // Floating point would say 0.07 * 100 * 0.29 = 2.0299999999999998.
    expect(convertFils(7, parseRate('0.29'), 'USD')).toBe(2);
  });

  it('refuses rates that are not positive decimals, and amounts that vanish at the rate', () => {
    expect(() => parseRate('0')).toThrow(/more than zero/);
    expect(() => parseRate('-1')).toThrow(/not a decimal/);
    expect(() => parseRate('1e3')).toThrow(/not a decimal/);
    expect(() => parseRate('0.12345678901')).toThrow(/not a decimal/);
    expect(() => convertFils(1, parseRate('0.001'), 'USD')).toThrow(/less than one minor unit/);
  });

  it('splits refunds so that they always add up to exactly the charged amount', () => {
    const charged = 544;
    const parts = [333, 333, 333, 1000];
    let before = 0;
    const shares = parts.map((fils) => {
      const share = refundShare(charged, 1999, before, fils);
      before += fils;
      return share;
    });
    expect(shares.reduce((a, b) => a + b, 0)).toBe(charged);
    expect(() => refundShare(charged, 1999, 1999, 1)).toThrow(/more than what remains/);
  });

  it('writes minor units as the decimal text PayPal expects', () => {
    expect(minorToDecimalString(544, 'USD')).toBe('5.44');
    expect(minorToDecimalString(7, 'USD')).toBe('0.07');
    expect(minorToDecimalString(500, 'JPY')).toBe('500');
    expect(minorToDecimalString(1234, 'KWD')).toBe('1.234');
  });
});
