import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetryableStatus, mayRetry, nextRetryDelay, parseRetryAfter, RETRY } from '../../../supabase/functions/_shared/proxy/retry-policy.ts';

describe('retry policy', () => {
  it('retries safe methods always, writes only with an idempotency key the provider honours', () => {
    expect(['GET', 'HEAD', 'OPTIONS'].map((m) => mayRetry(m, false))).toEqual([true, true, true]);
    expect(['POST', 'PUT', 'PATCH', 'DELETE'].map((m) => mayRetry(m, false))).toEqual([false, false, false, false]);
    expect(mayRetry('POST', true)).toBe(true);
    expect([429, 500, 502, 503, 504, 400, 401, 404, 409, 501].map(isRetryableStatus))
      .toEqual([true, true, true, true, true, false, false, false, false, false]);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('backs off exponentially with full jitter, capped', () => {
    expect([1, 2, 3, 4, 5, 9].map((n) => backoffDelay(n, () => 1))).toEqual([200, 400, 800, 1600, 2000, 2000]);
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(2, () => 0.5)).toBe(200);
  });

  it('stops at the attempt limit, at long Retry-After, and before the budget runs out', () => {
    const base = { retryAfterMs: null, elapsedMs: 0, budgetMs: 30_000, random: () => 1 };
    expect(nextRetryDelay({ ...base, attempt: 1 })).toBe(200);
    expect(nextRetryDelay({ ...base, attempt: RETRY.maxAttempts })).toBeNull();
    expect(nextRetryDelay({ ...base, attempt: 1, retryAfterMs: 5000 })).toBe(5000);
    expect(nextRetryDelay({ ...base, attempt: 1, retryAfterMs: RETRY.maxRetryAfterMs + 1 })).toBeNull();
    expect(nextRetryDelay({ ...base, attempt: 1, elapsedMs: 29_600 })).toBeNull();
    expect(nextRetryDelay({ ...base, attempt: 2, elapsedMs: 29_000 })).toBe(400);
  });
});
