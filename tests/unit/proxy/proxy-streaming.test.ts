import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, proxyWith, startScriptedProvider } from './harness.ts';

let provider: Awaited<ReturnType<typeof startScriptedProvider>>;
const BIG = 'x'.repeat(200_000);
beforeAll(async () => {
  provider = await startScriptedProvider([{ status: 200, headers: { 'content-type': 'text/plain' }, body: BIG }]);
});
afterAll(() => provider.close());

describe('api-proxy answers', () => {
  it('streams a large answer and logs it once the caller has read it all', async () => {
    const { call, logs } = proxyWith(contextFor('stripe', provider.origin));
    const res = await call('/v1/files/f_1/contents');
    expect(res.headers.get('content-length')).toBeNull();
    expect(logs).toHaveLength(0);
    expect((await res.text()).length).toBe(BIG.length);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ status_code: 200, response_bytes: BIG.length, error_code: null });
    expect(logs[0]!.response_body!.length).toBeLessThan(5000);
  });

  it('logs a streamed answer the caller abandoned as incomplete', async () => {
    const { call, logs } = proxyWith(contextFor('stripe', provider.origin));
    const res = await call('/v1/files/f_1/contents');
    await res.body!.cancel();
    expect(logs[0]).toMatchObject({ error_code: 'response_incomplete' });
  });

  it('passes a small answer on whole, logged with the redacted body', async () => {
    const small = await startScriptedProvider([{ status: 402, body: '{"error":{"message":"card declined"},"client_secret":"pi_1_secret_abc"}' }]);
    try {
      const { call, logs } = proxyWith(contextFor('stripe', small.origin));
      const res = await call('/v1/payment_intents', { method: 'POST', body: 'amount=100', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(res.status).toBe(402);
      expect(logs[0]).toMatchObject({
        method: 'POST', path: '/v1/payment_intents', status_code: 402, request_bytes: 10, request_body: 'amount=100', caller_type: 'service',
        response_body: '{"error":{"message":"card declined"},"client_secret":"[redacted]"}',
      });
      expect(JSON.stringify(logs)).not.toContain('sk_test_');
    } finally {
      await small.close();
    }
  });
});
