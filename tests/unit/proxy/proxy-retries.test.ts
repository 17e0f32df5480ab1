import { afterEach, describe, expect, it } from 'vitest';
import { contextFor, proxyWith, startScriptedProvider, type Scripted } from './harness.ts';

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function scripted(script: Scripted[], tokenPath?: string) {
  const provider = await startScriptedProvider(script, tokenPath);
  close = provider.close;
  return provider;
}

const json = { 'content-type': 'application/json' };

describe('api-proxy retries', () => {
  it('retries a GET on 503 with growing, jittered, capped backoff and answers the final 200', async () => {
    const p = await scripted([{ status: 503 }, { status: 503 }, { status: 200, body: '{"done":1}' }]);
    const { call, sleeps } = proxyWith(contextFor('stripe', p.origin));
    const res = await call('/v1/balance');
    expect([res.status, await res.json()]).toEqual([200, { done: 1 }]);
    expect(p.seen).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeLessThanOrEqual(200);
    expect(sleeps[1]).toBeLessThanOrEqual(400);
  });

  it('stops after three attempts and passes the provider\'s last answer on', async () => {
    const p = await scripted([{ status: 502, body: '{"upstream":"bad"}' }]);
    const { call } = proxyWith(contextFor('stripe', p.origin));
    const res = await call('/v1/balance');
    expect([res.status, await res.json()]).toEqual([502, { upstream: 'bad' }]);
    expect(p.seen).toHaveLength(3);
  });

  it('never repeats a write without an idempotency key', async () => {
    const p = await scripted([{ status: 503 }, { status: 200 }]);
    const { call } = proxyWith(contextFor('stripe', p.origin));
    const res = await call('/v1/charges', { method: 'POST', body: 'amount=100' });
    expect(res.status).toBe(503);
    expect(p.seen).toHaveLength(1);
  });

  it('repeats a Stripe write that carries Idempotency-Key, with the same key each time', async () => {
    const p = await scripted([{ status: 500 }, { status: 200 }]);
    const { call } = proxyWith(contextFor('stripe', p.origin));
    const res = await call('/v1/charges', { method: 'POST', body: 'amount=100', headers: { 'idempotency-key': 'order-77' } });
    expect(res.status).toBe(200);
    expect(p.seen.map((s) => s.headers['idempotency-key'])).toEqual(['order-77', 'order-77']);
    expect(p.seen.map((s) => s.body)).toEqual(['amount=100', 'amount=100']);
  });

  it('forwards the idempotency key in PayPal\'s own header (PayPal-Request-Id)', async () => {
    const p = await scripted([{ status: 503 }, { status: 201 }], '/v1/oauth2/token');
    const { call } = proxyWith(contextFor('paypal', p.origin));
    const res = await call('/v2/checkout/orders', { method: 'POST', body: '{}', headers: { ...json, 'idempotency-key': 'pp-1' } });
    expect(res.status).toBe(201);
    expect(p.seen.map((s) => [s.headers['paypal-request-id'], s.headers['idempotency-key']])).toEqual([['pp-1', undefined], ['pp-1', undefined]]);
  });

  it('does not retry writes for providers without an idempotency header, even with a key', async () => {
    const p = await scripted([{ status: 503 }, { status: 200 }]);
    const { call } = proxyWith(contextFor('sendgrid', p.origin));
    const res = await call('/v3/mail/send', { method: 'POST', body: '{}', headers: { ...json, 'idempotency-key': 'x' } });
    expect(res.status).toBe(503);
    expect(p.seen[0]!.headers['idempotency-key']).toBeUndefined();
  });

  it('honours Retry-After, and passes a longer wait back instead of sleeping through it', async () => {
    const p = await scripted([{ status: 429, headers: { 'retry-after': '2' } }, { status: 200 }]);
    const { call, sleeps } = proxyWith(contextFor('stripe', p.origin));
    expect((await call('/v1/balance')).status).toBe(200);
    expect(sleeps).toEqual([2000]);

    const q = await startScriptedProvider([{ status: 429, headers: { 'retry-after': '45' } }]);
    try {
      const proxy = proxyWith(contextFor('stripe', q.origin));
      const res = await proxy.call('/v1/balance');
      expect([res.status, res.headers.get('retry-after')]).toEqual([429, '45']);
      expect(q.seen).toHaveLength(1);
      expect(proxy.deps.cooldown.remaining(contextFor('stripe', null).id)).toBeGreaterThan(40_000);
      const held = await proxy.call('/v1/balance');
      expect([held.status, q.seen.length]).toEqual([429, 1]);
      expect(proxy.logs.map((l) => [l.status_code, l.error_code])).toEqual([[429, 'provider_rate_limited'], [429, 'rate_limited']]);
    } finally {
      await q.close();
    }
  });

  it('retries a GET whose provider refuses connections, then answers 502', async () => {
    const p = await scripted([{ status: 200 }]);
    const origin = p.origin;
    await p.close();
    close = null;
    const { call, sleeps } = proxyWith(contextFor('stripe', origin));
    const res = await call('/v1/balance');
    expect([res.status, (await res.json()).error.code]).toEqual([502, 'provider_failed']);
    expect(sleeps).toHaveLength(2);
  });

  it('stays within the budget: no wait that would end past it', async () => {
    const p = await scripted([{ status: 503, headers: { 'retry-after': '2' } }]);
    const { call, sleeps } = proxyWith(contextFor('stripe', p.origin), { timeoutMs: 1500 });
    expect((await call('/v1/balance')).status).toBe(503);
    expect(sleeps).toEqual([]);
  });
});
