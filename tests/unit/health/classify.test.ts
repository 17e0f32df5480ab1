import { describe, expect, it } from 'vitest';
import { classify } from '../../../supabase/functions/_shared/health/classify.ts';

const fast = (httpStatus: number, latencyMs = 120) => classify({ kind: 'response', httpStatus, latencyMs });

describe('health classification', () => {
  it('a quick expected answer is healthy', () => {
    expect(fast(200)).toMatchObject({ status: 'healthy', errorClass: null });
  });

  it('slow and rate-limited answers are degraded', () => {
    expect(fast(200, 2500)).toMatchObject({ status: 'degraded', errorClass: 'slow' });
    expect(fast(429)).toMatchObject({ status: 'degraded', errorClass: 'rate_limited' });
  });

  it('auth failures, 5xx, timeouts and connection errors are down; auth says to check credentials', () => {
    expect(fast(401)).toMatchObject({ status: 'down', errorClass: 'auth' });
    expect(fast(403).message).toMatch(/check credentials/);
    expect(fast(503)).toMatchObject({ status: 'down', errorClass: 'server_error' });
    expect(classify({ kind: 'timeout', latencyMs: 10_000 })).toMatchObject({ status: 'down', errorClass: 'timeout' });
    expect(classify({ kind: 'connection', latencyMs: 3, detail: 'ECONNREFUSED' })).toMatchObject({ status: 'down', errorClass: 'connection' });
    expect(classify({ kind: 'credentials', detail: 'secret_key is not set' })).toMatchObject({ status: 'down', errorClass: 'credentials_missing' });
  });

  it('honours per-provider expected statuses and thresholds', () => {
    const thresholds = { degradedAfterMs: 500, expectStatus: [200, 204] };
    expect(classify({ kind: 'response', httpStatus: 204, latencyMs: 100 }, thresholds).status).toBe('healthy');
    expect(classify({ kind: 'response', httpStatus: 201, latencyMs: 100 }, thresholds)).toMatchObject({ status: 'degraded', errorClass: 'unexpected_status' });
    expect(classify({ kind: 'response', httpStatus: 200, latencyMs: 600 }, thresholds).status).toBe('degraded');
  });
});
