import { describe, expect, it } from 'vitest';
import { nextAttemptAt, RETRY_DELAYS_MS, retryDelayMs } from '../../../supabase/functions/_shared/webhook-processing/backoff.ts';

const mid = () => 0.5; // no jitter
const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;

describe('webhook retry backoff (Svix schedule)', () => {
  it('follows 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, then dead letter', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((attempts) => retryDelayMs(attempts, mid));
    expect(delays).toEqual([5 * S, 5 * MIN, 30 * MIN, 2 * H, 5 * H, 10 * H, 10 * H, null]);
    expect(RETRY_DELAYS_MS).toHaveLength(7);
    expect(retryDelayMs(50, mid)).toBeNull();
  });

  it('jitters by at most ±10 %', () => {
    for (const [i, base] of RETRY_DELAYS_MS.entries()) {
      expect(retryDelayMs(i + 1, () => 0)).toBe(Math.round(base * 0.9));
      expect(retryDelayMs(i + 1, () => 0.999999)).toBeLessThanOrEqual(Math.round(base * 1.1));
      expect(retryDelayMs(i + 1, () => 0.999999)).toBeGreaterThan(base * 1.09);
    }
    const samples = Array.from({ length: 200 }, () => retryDelayMs(2));
    expect(new Set(samples).size).toBeGreaterThan(10);
    for (const d of samples) expect(Math.abs(d! - 5 * MIN)).toBeLessThanOrEqual(30 * S);
  });

  it('gives the due time, or null for the dead letter', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(nextAttemptAt(1, now, mid)?.toISOString()).toBe('2026-01-01T00:00:05.000Z');
    expect(nextAttemptAt(7, now, mid)?.toISOString()).toBe('2026-01-01T10:00:00.000Z');
    expect(nextAttemptAt(8, now, mid)).toBeNull();
  });

  it('treats a nonsensical attempt count as the first failure', () => {
    expect(retryDelayMs(0, mid)).toBe(5 * S);
    expect(retryDelayMs(Number.NaN, mid)).toBe(5 * S);
  });
});
