import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { superuserSql } from '../support/db.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.ts';
import { accessTokenOf } from '../support/supabase.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
const sql = superuserSql();
const SECRET = 'sk_test_ConnTestRoute0000000042';
const routes: Record<string, { status: number }> = {};
let fake: FakeProvider;
let A: Tenant;
let B: Tenant;
const tokenOf = (email: string) => accessTokenOf(email);

async function post(path: string, body: unknown, token?: string) {
  const res = await fetch(`${stack.apiUrl}/functions/v1/connection-test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) };
}

const testBody = (overrides: Record<string, unknown> = {}) => ({
  organization_id: A.orgId, provider_slug: 'stripe', environment: 'sandbox',
  base_url_override: fake.origin, credentials: { secret_key: SECRET }, ...overrides,
});

beforeAll(async () => {
  fake = await startFakeProvider({ routes });
  A = await createTenant(sql, 'conntest-a');
  B = await createTenant(sql, 'conntest-b');
});
afterAll(async () => {
  await fake.close();
  await sql.end();
});

describe('connection-test function: testing unsaved credentials (real Deno)', () => {
  it('runs Stripe\'s health check through the outbound layer and classifies 401 as down, 200 as healthy', async () => {
    routes['/v1/balance'] = { status: 401 };
    const down = await post('', testBody(), await tokenOf(A.admin.email));
    expect(down.status).toBe(200);
    expect(down.body).toMatchObject({ status: 'down', error_class: 'auth', http_status: 401 });
    expect(down.body.message).toMatch(/check credentials/);

    delete routes['/v1/balance'];
    const up = await post('', testBody(), await tokenOf(A.admin.email));
    expect(up.body).toMatchObject({ status: 'healthy', error_class: null, http_status: 200 });
    expect(typeof up.body.latency_ms).toBe('number');
    const sent = fake.received.filter((r) => r.path === '/v1/balance');
    expect(sent.length).toBe(2);
    expect(sent.every((r) => r.headers.authorization === `Bearer ${SECRET}`)).toBe(true);
    for (const res of [down, up]) expect(res.text).not.toContain(SECRET);
  });

  it('stores nothing and audits nothing: the credentials were never saved', async () => {
    const [counts] = await sql`select (select count(*)::int from public.integration_connections where organization_id = ${A.orgId}) as connections,
      (select count(*)::int from public.api_credentials where organization_id = ${A.orgId}) as secrets,
      (select count(*)::int from public.credential_audit_log where organization_id = ${A.orgId}) as audits`;
    expect(counts).toEqual({ connections: 1, secrets: 0, audits: 0 });
  });

  it('a provider that does not answer is down with a connection error, never a 5xx of ours', async () => {
    const res = await post('', testBody({ base_url_override: 'http://127.0.0.1:9' }), await tokenOf(A.admin.email));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'down', error_class: 'connection' });
  });

  it('admins only: no token, the anon key, a viewer and another organization\'s admin are refused', async () => {
    const missing = await post('', testBody());
    expect(missing.status).toBe(401);
    const anon = await post('', testBody(), stack.anonKey);
    expect([anon.status, anon.body.error.code]).toEqual([401, 'unauthorized']);
    const viewer = await post('', testBody(), await tokenOf(A.viewer.email));
    expect([viewer.status, viewer.body.error.code]).toEqual([403, 'forbidden']);
    const other = await post('', testBody(), await tokenOf(B.admin.email));
    expect([other.status, other.body.error.code]).toEqual([404, 'not_found']);
    for (const res of [anon, viewer, other]) expect(res.text).not.toContain(SECRET);
  });

  it('bad input is a 400 naming the field, without echoing the value', async () => {
    const admin = await tokenOf(A.admin.email);
    const pattern = await post('', testBody({ credentials: { secret_key: 'pk_live_WrongKindOfKey9999' } }), admin);
    expect(pattern.status).toBe(400);
    expect(pattern.body.error).toMatchObject({ code: 'bad_request', field: 'credentials.secret_key' });
    expect(pattern.text).not.toContain('WrongKindOfKey');
    const missing = await post('', testBody({ credentials: {} }), admin);
    expect(missing.body.error).toMatchObject({ field: 'credentials.secret_key', message: 'Enter the Secret key.' });
    const url = await post('', testBody({ base_url_override: 'ftp://127.0.0.1/' }), admin);
    expect([url.status, url.body.error.field]).toEqual([400, 'base_url_override']);
    const provider = await post('', testBody({ provider_slug: 'acme' }), admin);
    expect([provider.status, provider.body.error.field]).toEqual([400, 'provider_slug']);
    const unknown = await post('/nope', testBody(), admin);
    expect(unknown.status).toBe(404);
    const get = await fetch(`${stack.apiUrl}/functions/v1/connection-test`, { headers: { authorization: `Bearer ${admin}` } });
    expect(get.status).toBe(405);
  });
});
