import { describe, expect, it } from 'vitest';
import { rateLimitHeaders, type LimitState } from '../../../supabase/functions/_shared/proxy/rate-limit-headers.ts';

const now = Date.parse('2026-11-25T10:00:30Z');
const limits: LimitState[] = [
  { window: 'minute', limit: 100, remaining: 0, reset_at: '2026-11-25T10:01:00+00:00' },
  { window: 'hour', limit: 1000, remaining: 0, reset_at: '2026-11-25T11:00:00+00:00' },
  { window: 'day', limit: 5000, remaining: 40, reset_at: '2026-11-26T00:00:00+00:00' },
];

describe('rateLimitHeaders', () => {
  it('when refused, names the refusing window that resets last, with Retry-After until then', () => {
    expect(rateLimitHeaders(limits, { refused: true, cost: 1, now })).toEqual({
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Date.parse('2026-11-25T11:00:00Z') / 1000),
      'retry-after': '3570',
    });
  });

  it('a cost above what is left refuses that window too', () => {
    const headers = rateLimitHeaders([limits[2]!], { refused: true, cost: 41, now });
    expect(headers['x-ratelimit-limit']).toBe('5000');
  });

  it('when admitted, shows the window with the least left and no Retry-After', () => {
    const open = limits.map((l, i) => ({ ...l, remaining: [7, 50, 40][i]! }));
    expect(rateLimitHeaders(open, { refused: false, cost: 1, now })).toEqual({
      'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '7', 'x-ratelimit-reset': String(Date.parse('2026-11-25T10:01:00Z') / 1000),
    });
  });

  it('no limits, no headers; Retry-After is at least one second', () => {
    expect(rateLimitHeaders([], { refused: false, cost: 1, now })).toEqual({});
    const soon = [{ window: 'second', limit: 1, remaining: 0, reset_at: new Date(now + 10).toISOString() }];
    expect(rateLimitHeaders(soon, { refused: true, cost: 1, now })['retry-after']).toBe('1');
  });
});
