import { describe, expect, it } from 'vitest';
import { formatAed, formatMs, formatNumber, formatPercent } from '../../../lib/i18n/format';

describe('number formatting per locale', () => {
  it('groups numbers, in Arabic-Indic digits for Arabic', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'ar')).toBe('١٬٢٣٤٬٥٦٧');
  });

  it('formats percentages and milliseconds', () => {
    expect(formatPercent(0.9648, 'en')).toBe('96.5%');
    expect(formatPercent(0.9648, 'ar')).toMatch(/^٩٦٫٥/);
    expect(formatMs(1234, 'en')).toBe('1,234 ms');
    expect(formatMs(1234, 'ar')).toContain('١٬٢٣٤');
  });

  it('shows fils as AED', () => {
    expect(formatAed(123450, 'en')).toBe('AED 1,234.50');
    expect(formatAed(123450, 'ar')).toBe('١٬٢٣٤٫٥٠ د.إ.‏');
  });
});
