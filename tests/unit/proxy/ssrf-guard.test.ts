import { describe, expect, it } from 'vitest';
import { MemoryTokenCache } from '../../../supabase/functions/_shared/outbound/token-cache.ts';
import { contextFor, proxyWith } from './harness.ts';

/**
 * The production posture (allowPrivate off), with DNS and the network replaced: fetch
 * records what it was asked and answers from the test; nothing leaves this process.
 */
function production(resolveTo: Record<string, string[]>, answer: () => Response = () => Response.json({ ok: true })) {
  const fetched: Array<{ url: string; redirect: RequestRedirect | undefined }> = [];
  const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    fetched.push({ url: String(input instanceof Request ? input.url : input), redirect: init?.redirect });
    return answer();
  }) as typeof fetch;
  const outbound = {
    tokenCache: new MemoryTokenCache(), fetch: fakeFetch, now: () => Date.now(), allowPrivate: false,
    resolve: async (host: string) => resolveTo[host] ?? [],
  };
  return { fetched, outbound };
}

const PUBLIC = { 'api.stripe.com': ['104.18.0.1'] };

async function refusal(res: Response) {
  return [res.status, (await res.json()).error.code];
}

describe('api-proxy SSRF guard in production (no private upstreams)', () => {
  it('sends a provider call to the provider\'s own public host', async () => {
    const net = production(PUBLIC);
    const { call } = proxyWith(contextFor('stripe', null), { outbound: net.outbound });
    expect((await call('/v1/balance')).status).toBe(200);
    expect(net.fetched).toEqual([{ url: 'https://api.stripe.com/v1/balance', redirect: 'manual' }]);
  });

  it.each([
    ['loopback', 'http://127.0.0.1:8080'],
    ['loopback over https', 'https://127.0.0.1'],
    ['cloud metadata', 'http://169.254.169.254/latest'],
    ['cloud metadata over https', 'https://169.254.169.254'],
    ['IPv6 loopback', 'https://[::1]'],
    ['a private network address', 'https://10.0.0.5'],
    ['another host', 'https://attacker.example.com'],
    ['a look-alike host', 'https://api.stripe.com.attacker.example.com'],
  ])('refuses an override to %s before sending anything', async (_label, override) => {
    const net = production({ ...PUBLIC, 'attacker.example.com': ['93.184.216.34'], 'api.stripe.com.attacker.example.com': ['93.184.216.34'] });
    const { call, logs } = proxyWith(contextFor('stripe', override), { outbound: net.outbound });
    expect(await refusal(await call('/v1/balance'))).toEqual([403, 'forbidden']);
    expect(net.fetched).toEqual([]);
    expect(logs[0]).toMatchObject({ status_code: 403, error_code: 'forbidden', log_type: 'error' });
  });

  it('refuses a provider host whose DNS answers a private or metadata address', async () => {
    for (const address of ['127.0.0.1', '169.254.169.254', '10.1.2.3', '::1', 'fd00::1']) {
      const net = production({ 'api.stripe.com': ['104.18.0.1', address] });
      const { call } = proxyWith(contextFor('stripe', null), { outbound: net.outbound });
      const res = await call('/v1/balance');
      expect([address, ...(await refusal(res))]).toEqual([address, 403, 'forbidden']);
      expect(net.fetched).toEqual([]);
    }
  });

  it('refuses a host that does not resolve at all', async () => {
    const net = production({});
    const { call } = proxyWith(contextFor('stripe', null), { outbound: net.outbound });
    expect(await refusal(await call('/v1/balance'))).toEqual([403, 'forbidden']);
  });

  it('does not follow a redirect to a private address: the 3xx goes back to the caller as it is', async () => {
    const redirect = () => new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
    const net = production(PUBLIC, redirect);
    const { call } = proxyWith(contextFor('stripe', null), { outbound: net.outbound });
    const res = await call('/v1/balance');
    expect([res.status, res.headers.get('location')]).toEqual([302, 'http://169.254.169.254/latest/meta-data/']);
    expect(net.fetched).toHaveLength(1);
    expect(net.fetched[0]!.redirect).toBe('manual');
  });

  it('never lets plain http reach a provider', async () => {
    const net = production(PUBLIC);
    const { call } = proxyWith(contextFor('stripe', 'http://api.stripe.com'), { outbound: net.outbound });
    expect(await refusal(await call('/v1/balance'))).toEqual([403, 'forbidden']);
  });

  it('accepts an override to one of the provider\'s documented hosts', async () => {
    const net = production({ 'api-m.sandbox.paypal.com': ['151.101.1.1'] });
    const { call } = proxyWith(contextFor('paypal', 'https://api-m.sandbox.paypal.com'), {
      outbound: { ...net.outbound, fetch: (async (input: RequestInfo | URL) => {
        net.fetched.push({ url: String(input), redirect: 'manual' });
        return String(input).endsWith('/v1/oauth2/token') ? Response.json({ access_token: 'tok', expires_in: 3600 }) : Response.json({ ok: 1 });
      }) as typeof fetch },
    });
    expect((await call('/v2/checkout/orders/1')).status).toBe(200);
    expect(net.fetched.map((f) => f.url)).toEqual(['https://api-m.sandbox.paypal.com/v1/oauth2/token', 'https://api-m.sandbox.paypal.com/v2/checkout/orders/1']);
  });
});
