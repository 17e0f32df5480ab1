import { describe, it, expect } from 'vitest';
import { formatDubaiDateTime, formatDubaiDateTimeOr } from '../../../lib/format/date-time';

describe('formatDubaiDateTime', () => {
  it('shows UTC instants in Dubai time (UTC+4), crossing midnight', () => {
    expect(formatDubaiDateTime('2026-11-25T20:30:05Z')).toBe('26/11/2026 00:30:05');
  });

  it('orders day before month with zero padding', () => {
    expect(formatDubaiDateTime(new Date('2026-02-03T01:02:03Z'))).toBe('03/02/2026 05:02:03');
  });

  it('uses a 24-hour clock with 00 at midnight, never 24', () => {
    expect(formatDubaiDateTime('2026-06-30T20:00:00Z')).toBe('01/07/2026 00:00:00');
    expect(formatDubaiDateTime('2026-06-30T19:59:59Z')).toBe('30/06/2026 23:59:59');
  });

  it('crosses year boundaries', () => {
    expect(formatDubaiDateTime('2026-12-31T21:15:00Z')).toBe('01/01/2027 01:15:00');
  });

  it('accepts epoch milliseconds and offset timestamps', () => {
    expect(formatDubaiDateTime(Date.UTC(2026, 0, 1, 0, 0, 0))).toBe('01/01/2026 04:00:00');
    expect(formatDubaiDateTime('2026-11-26T00:30:05+04:00')).toBe('26/11/2026 00:30:05');
  });

  it('drops milliseconds rather than rounding', () => {
    expect(formatDubaiDateTime('2026-11-25T20:30:05.999Z')).toBe('26/11/2026 00:30:05');
  });

  it('refuses invalid dates', () => {
    expect(() => formatDubaiDateTime('not a date')).toThrow(RangeError);
  });
});

describe('formatDubaiDateTimeOr', () => {
  it('uses the fallback for a missing timestamp', () => {
    expect(formatDubaiDateTimeOr(null, 'never')).toBe('never');
    expect(formatDubaiDateTimeOr(undefined, 'never')).toBe('never');
  });

  it('formats a present timestamp', () => {
    expect(formatDubaiDateTimeOr(new Date('2026-11-25T20:30:05Z'), 'never')).toBe('26/11/2026 00:30:05');
  });
});
