import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ProviderSlug } from '../../supabase/functions/_shared/providers/provider.schema.ts';
import { superuserSql } from '../support/db.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.ts';
import { proxiedConnection, proxyCall } from '../support/proxy-calls.ts';
import { basic, SECRETS } from '../support/provider-secrets.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
const sql = superuserSql();
const routes: NonNullable<Parameters<typeof startFakeProvider>[0]>['routes'] = {};
let fake: FakeProvider;
let A: Tenant;
const conn = new Map<ProviderSlug, string>();

const connect = (slug: ProviderSlug, origin = fake.origin) => proxiedConnection(sql, A, slug, origin);

const proxy = proxyCall;

/** The request the fake received for `path` (the last one). */
const sent = (path: string) => [...fake.received].reverse().find((r) => r.path.startsWith(path))!;

beforeAll(async () => {
  fake = await startFakeProvider({ routes, tokenPaths: ['/p/paypal/v1/oauth2/token', '/p/fedex/oauth/token'] });
  A = await createTenant(sql, 'proxy-a');
  for (const slug of ['stripe', 'twilio', 'smsa', 'paypal', 'fedex', 'telr', 'aramex', 'mailchimp', 'sendgrid'] as const) conn.set(slug, await connect(slug));
});
afterAll(async () => {
  await fake.close();
  await sql.end();
});

describe('api-proxy: credentials injected per auth scheme (real Deno, fakes on loopback)', () => {
  it('bearer (Stripe): forwards method, path, query, body and safe headers; returns status, headers and body', async () => {
    routes['/p/stripe/v1/customers'] = { status: 201, headers: { 'x-provider': 'yes', 'set-cookie': 'sid=1' } };
    const res = await proxy(conn.get('stripe')!, '/v1/customers?expand[]=x&limit=3', {
      method: 'POST', body: 'email=a%40b.ae', headers: { 'content-type': 'application/x-www-form-urlencoded', 'stripe-version': '2025-01-01', cookie: 'mine=1', 'x-client-info': 'x' },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('x-provider')).toBe('yes');
    expect(res.headers.get('set-cookie')).toBeNull();
    const got = sent('/p/stripe/v1/customers');
    expect(got).toMatchObject({ method: 'POST', path: '/p/stripe/v1/customers?expand[]=x&limit=3', body: 'email=a%40b.ae' });
    expect(got.headers).toMatchObject({ authorization: `Bearer ${SECRETS.stripe.secret_key}`, 'stripe-version': '2025-01-01' });
    expect(got.headers.cookie).toBeUndefined();
    expect(got.headers['x-client-info']).toBeUndefined();
    expect(got.headers['x-forwarded-for']).toBeUndefined();
  });

  it('basic (Twilio, Mailchimp), API-key header (SMSA)', async () => {
    expect((await proxy(conn.get('twilio')!, '/Accounts.json')).status).toBe(200);
    expect(sent('/p/twilio/Accounts.json').headers.authorization).toBe(basic(SECRETS.twilio.account_sid!, SECRETS.twilio.auth_token!));
    expect((await proxy(conn.get('mailchimp')!, '/ping')).status).toBe(200);
    expect(sent('/p/mailchimp/ping').headers.authorization).toBe(basic('anystring', SECRETS.mailchimp.api_key!));
    expect((await proxy(conn.get('smsa')!, '/api/track/1')).status).toBe(200);
    expect(sent('/p/smsa/api/track/1').headers).toMatchObject({ apikey: SECRETS.smsa.api_key });
  });

  it('client credentials (PayPal, FedEx): one token fetched and cached, then Bearer', async () => {
    const before = fake.tokenRequests().length;
    const results = await Promise.all(Array.from({ length: 5 }, () => proxy(conn.get('paypal')!, '/v2/checkout/orders/1')));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const tokens = fake.tokenRequests().slice(before);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.headers.authorization).toBe(basic(SECRETS.paypal.client_id!, SECRETS.paypal.client_secret!));
    expect(sent('/p/paypal/v2/checkout/orders/1').headers.authorization).toMatch(/^Bearer tok-\d+$/);
    expect((await proxy(conn.get('fedex')!, '/track/v1/trackingnumbers', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBe(200);
    expect(sent('/p/fedex/track/v1/trackingnumbers').headers.authorization).toMatch(/^Bearer tok-\d+$/);
  });

  it('body fields (Telr) and ClientInfo inside the JSON body (Aramex)', async () => {
    await proxy(conn.get('telr')!, '/order.json', { method: 'POST', body: 'ivp_method=check&ivp_authkey=forged', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const telr = new URLSearchParams(sent('/p/telr/order.json').body);
    expect([telr.get('ivp_method'), telr.get('ivp_store'), telr.get('ivp_authkey')]).toEqual(['check', SECRETS.telr.store_id, SECRETS.telr.auth_key]);
    await proxy(conn.get('aramex')!, '/Tracking/Service_1_0.svc/json/TrackShipments', {
      method: 'POST', body: JSON.stringify({ Shipments: ['123'] }), headers: { 'content-type': 'application/json' },
    });
    const aramex = JSON.parse(sent('/p/aramex/Tracking').body);
    expect(aramex.Shipments).toEqual(['123']);
    expect(aramex.ClientInfo).toMatchObject({ UserName: SECRETS.aramex.user_name, Password: SECRETS.aramex.password, AccountPin: SECRETS.aramex.account_pin });
  });
});

describe('api-proxy: paths', () => {
  it('never lets dot segments climb out of the connection or its base path', async () => {
    const count = fake.received.length;
    for (const path of ['/lists/%2e%2e/%2e%2e/admin', '/lists/%2E%2e/x', '/..%2f..%2fadmin', '/a/..%5c..%5cadmin']) {
      const res = await proxy(conn.get('mailchimp')!, path);
      await res.body?.cancel();
      // URL parsing may resolve a dot segment inside the provider path first (…/lists/../x is …/x).
      expect([path, [200, 400, 404].includes(res.status)]).toEqual([path, true]);
    }
    const reached = fake.received.slice(count).map((r) => r.path);
    expect(reached.every((p) => p.startsWith('/p/mailchimp/') && !/(^|\/)(\.|%2e){1,2}(\/|%2f|%5c|$)/i.test(p)), reached.join()).toBe(true);
  });
});

describe('api-proxy: the call log', () => {
  it('logs every call with caller, IP, sizes and duration, and never a secret', async () => {
    await proxy(conn.get('stripe')!, `/v1/charges?api_key=${SECRETS.stripe.secret_key}&limit=1`, { headers: { 'x-forwarded-for': '203.0.113.9', 'cf-connecting-ip': '198.51.100.7' } });
    let rows: Record<string, unknown>[] = [];
    for (let i = 0; i < 50 && rows.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      rows = await sql<Record<string, unknown>[]>`select * from public.integration_logs where connection_id = ${conn.get('stripe')!} and path like '/v1/charges%'`;
    }
    expect(rows[0]).toMatchObject({ method: 'GET', path: '/v1/charges?limit=1', status_code: 200, caller_type: 'service', log_type: 'response', ip: '127.0.0.1' });
    expect(rows[0]!.response_bytes).toBe(11);
    const all = await sql`select to_jsonb(l)::text as row from public.integration_logs l where organization_id = ${A.orgId}`;
    expect(all.length).toBeGreaterThan(10);
    const text = all.map((r) => r.row as string).join('\n');
    for (const secrets of Object.values(SECRETS)) for (const value of Object.values(secrets)) if (value.length >= 8) expect(text).not.toContain(value);
    expect(text).not.toMatch(/tok-\d/);
    expect(text).not.toContain(stack.serviceRoleKey.split('.')[2]); // the caller's own credential neither
  });
});
