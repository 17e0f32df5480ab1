import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHealthCheckRequest } from '../../../supabase/functions/_shared/outbound/health-request.ts';
import { sendOutbound, type OutboundDeps } from '../../../supabase/functions/_shared/outbound/send.ts';
import { MemoryTokenCache } from '../../../supabase/functions/_shared/outbound/token-cache.ts';
import { provider } from './catalogue.ts';
import { startFakeProvider, type FakeProvider } from '../../support/fake-provider.ts';
import { SECRETS } from '../../support/provider-secrets.ts';

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider({
    tokenPaths: [],
    routes: {
      '/v1/balance': { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } },
      '/v3/scopes': { status: 200, hang: true },
    },
  });
});
afterAll(() => fake.close());

const local = (): OutboundDeps => ({ tokenCache: new MemoryTokenCache(), fetch, now: () => Date.now(), allowPrivate: true });
const at = (origin: string, path = '') => ({ environment: 'production' as const, base_url_override: `${origin}${path}` });

describe('sendOutbound', () => {
  it('does not follow redirects', async () => {
    const conn = at(fake.origin);
    const before = fake.received.length;
    const out = await sendOutbound(local(), provider('stripe'), conn, SECRETS.stripe, buildHealthCheckRequest(provider('stripe'), conn, SECRETS.stripe), 5000);
    expect(out).toMatchObject({ kind: 'response', httpStatus: 302, response: null });
    expect(fake.received.length - before).toBe(1);
  });

  it('keeps the body when asked', async () => {
    const conn = at(fake.origin, '/3.0');
    const p = provider('mailchimp');
    const out = await sendOutbound(local(), p, conn, SECRETS.mailchimp, buildHealthCheckRequest(p, conn, SECRETS.mailchimp), 5000, { keepBody: true });
    expect(out.kind === 'response' && (await out.response?.json())).toEqual({ ok: true });
  });

  it('refuses a local override without allowPrivate, before any byte is sent', async () => {
    const conn = at(fake.origin);
    const before = fake.received.length;
    const out = await sendOutbound({ ...local(), allowPrivate: false }, provider('stripe'), conn, SECRETS.stripe,
      buildHealthCheckRequest(provider('stripe'), conn, SECRETS.stripe), 5000);
    expect(out).toMatchObject({ kind: 'refused' });
    expect(fake.received.length).toBe(before);
  });

  it('refuses a provider host that resolves to a private address', async () => {
    const conn = { environment: 'production' as const, base_url_override: null };
    const deps = { ...local(), allowPrivate: false, resolve: async () => ['10.0.0.7'], fetch: (() => { throw new Error('must not fetch'); }) as unknown as typeof fetch };
    const out = await sendOutbound(deps, provider('stripe'), conn, SECRETS.stripe, buildHealthCheckRequest(provider('stripe'), conn, SECRETS.stripe), 5000);
    expect(out).toMatchObject({ kind: 'refused', detail: expect.stringMatching(/private/) });
  });

  it('reports a timeout', async () => {
    const conn = at(fake.origin, '/v3');
    const p = provider('sendgrid');
    const out = await sendOutbound(local(), p, conn, SECRETS.sendgrid, buildHealthCheckRequest(p, conn, SECRETS.sendgrid), 150);
    expect(out.kind).toBe('timeout');
  });

  it('reports a refused connection by its code only', async () => {
    const closed = await startFakeProvider();
    const origin = closed.origin;
    await closed.close();
    const out = await sendOutbound(local(), provider('stripe'), at(origin), SECRETS.stripe,
      buildHealthCheckRequest(provider('stripe'), at(origin), SECRETS.stripe), 5000);
    expect(out).toEqual({ kind: 'connection', latencyMs: expect.any(Number), detail: 'ECONNREFUSED' });
  });

  it('reports missing credentials', async () => {
    const conn = at(fake.origin);
    const out = await sendOutbound(local(), provider('stripe'), conn, {}, buildHealthCheckRequest(provider('stripe'), conn, {}), 5000);
    expect(out).toMatchObject({ kind: 'credentials', detail: expect.stringContaining('secret_key') });
  });

  it('turns a refused token call into that HTTP status', async () => {
    const tokens = await startFakeProvider({ tokenPaths: ['/v1/oauth2/token'], tokenStatus: 401 });
    try {
      const conn = at(tokens.origin);
      const request = { method: 'GET', url: new URL(`${tokens.origin}/v2/checkout/orders/1`), headers: new Headers(), body: null };
      const out = await sendOutbound(local(), provider('paypal'), conn, SECRETS.paypal, request, 5000);
      expect(out).toMatchObject({ kind: 'response', httpStatus: 401 });
      expect(tokens.received).toHaveLength(1);
    } finally {
      await tokens.close();
    }
  });
});
