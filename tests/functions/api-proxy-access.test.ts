import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asActor, superuserSql } from '../support/db.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.ts';
import { SECRETS } from '../support/provider-secrets.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
const sql = superuserSql();
let fake: FakeProvider;
let A: Tenant;
let B: Tenant;
let connA2: string;
/** A's connection with only a daily limit, whose leased permits last their full second. */
let leased: string;

const jwt = (user: { id: string; email: string }) =>
  new SignJWT({ sub: user.id, role: 'authenticated', aud: 'authenticated', email: user.email })
    .setProtectedHeader({ alg: 'HS256' }).setExpirationTime('10m').sign(new TextEncoder().encode(stack.jwtSecret));

const call = async (connectionId: string, token: string | null, method = 'GET') => {
  const res = await fetch(`${stack.apiUrl}/functions/v1/api-proxy/${connectionId}/v1/balance`, {
    method, headers: token ? { authorization: `Bearer ${token}` } : {}, body: method === 'GET' ? undefined : 'a=1',
  });
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
  return { status: res.status, code: body?.error?.code as string | undefined, headers: res.headers };
};

/** The first refusal, from the next call or (racing the announcement) the one after it, within 250 ms. */
async function refusedAtOnce(send: () => ReturnType<typeof call>) {
  const started = Date.now();
  const first = await send();
  if (first.status !== 200) return first;
  const second = await send();
  expect(Date.now() - started).toBeLessThan(250);
  return second;
}

/** The first log row of a caller, once the background writer has flushed it. */
async function logged(callerId: string, status: number) {
  for (let i = 0; i < 50; i++) {
    const [row] = await sql`select caller_type, status_code, organization_id from public.integration_logs
      where caller_id = ${callerId} and status_code = ${status} limit 1`;
    if (row) return row;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

async function point(t: Tenant, connectionId: string, window: 'second' | 'day' = 'second'): Promise<void> {
  await sql`update public.integration_connections set base_url_override = ${`${fake.origin}/p/stripe`} where id = ${connectionId}`;
  await asActor(sql, { kind: 'service' }, (tx) => tx`select public.set_credential(${connectionId}, 'secret_key', ${SECRETS.stripe.secret_key!}, ${stack.credentialsKey}, 'local-1')`, { commit: true });
  await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests) values (${t.orgId}, ${connectionId}, ${window}, 100000)`;
}

async function createKey(t: Tenant, scope: string[], opts: { all?: boolean; perMinute?: number } = {}) {
  return asActor(sql, t.admin, async (tx) =>
    (await tx`select public.create_api_key(${t.orgId}, 'orders service', ${scope}::uuid[], ${opts.all ?? false}, ${opts.perMinute ?? null}) as k`)[0]!.k as { id: string; key: string; prefix: string },
  { commit: true });
}

beforeAll(async () => {
  fake = await startFakeProvider();
  A = await createTenant(sql, 'proxy-access-a');
  B = await createTenant(sql, 'proxy-access-b');
  const [row] = await sql`insert into public.integration_connections (organization_id, provider_id, name, status)
    select ${A.orgId}, id, 'Stripe second', 'active' from public.integration_providers where slug = 'stripe' returning id`;
  connA2 = row!.id as string;
  const [third] = await sql`insert into public.integration_connections (organization_id, provider_id, name, status)
    select ${A.orgId}, id, 'Stripe leased', 'active' from public.integration_providers where slug = 'stripe' returning id`;
  leased = third!.id as string;
  for (const [t, id] of [[A, A.connectionId], [A, connA2], [B, B.connectionId]] as const) await point(t, id);
  await point(A, leased, 'day');
});
afterAll(async () => {
  await fake.close();
  await sql.end();
});

describe('api-proxy: who may call', () => {
  it('members read, admins write; a viewer\'s write is 403; another organization gets 404; no caller is 401', async () => {
    expect((await call(A.connectionId, await jwt(A.viewer))).status).toBe(200);
    expect(await call(A.connectionId, await jwt(A.viewer), 'POST')).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await call(A.connectionId, await jwt(A.admin), 'POST')).status).toBe(200);
    expect(await call(A.connectionId, await jwt(B.admin))).toMatchObject({ status: 404, code: 'not_found' });
    expect(await call(A.connectionId, null)).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(await call(A.connectionId, stack.anonKey)).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(await call('00000000-0000-4000-8000-000000000000', stack.serviceRoleKey)).toMatchObject({ status: 404 });
  });

  it('an API key reaches the connections in its scope only; another organization\'s key gets 404', async () => {
    const key = await createKey(A, [A.connectionId]);
    expect(key.key).toMatch(/^hub_live_[A-Za-z0-9_-]{32}$/);
    expect(key.prefix).toBe(key.key.slice(0, 13));
    expect((await call(A.connectionId, key.key, 'POST')).status).toBe(200);
    expect(await call(connA2, key.key)).toMatchObject({ status: 403, code: 'forbidden' });
    expect(await call(B.connectionId, key.key)).toMatchObject({ status: 404, code: 'not_found' });
    const everything = await createKey(A, [], { all: true });
    expect((await call(connA2, everything.key)).status).toBe(200);
    expect(await call(connA2, (await createKey(A, [])).key)).toMatchObject({ status: 403 });
    expect(await call(A.connectionId, `${key.key.slice(0, -1)}${key.key.endsWith('x') ? 'y' : 'x'}`)).toMatchObject({ status: 401, code: 'unauthorized' });
    const [row] = await sql`select last_used_at from public.api_keys where id = ${key.id}`;
    expect(row!.last_used_at).not.toBeNull();
    expect(await logged(key.id, 200)).toMatchObject({ caller_type: 'api_key', organization_id: A.orgId });
    expect(await logged(key.id, 403)).toMatchObject({ caller_type: 'api_key', organization_id: A.orgId });
    const [probe] = await sql`select count(*)::int as n from public.integration_logs where organization_id = ${B.orgId} and caller_id = ${key.id}`;
    expect(probe!.n).toBe(0);
    const [logs] = await sql`select string_agg(to_jsonb(l)::text, '') as text from public.integration_logs l where organization_id = ${A.orgId}`;
    expect(logs!.text).not.toContain(key.key.slice(9));
  });

  // A change reaches the proxy as an announcement (hub_admission) right after its commit; a call
  // sent at that very moment can race it, as one racing the commit can in any mode. So: the
  // next call is refused, or at worst the one after it, and well before leased permits lapse
  // (this connection has no per-second window: its permits would last a second).
  it('a revoked key fails at once, though the proxy holds permits leased for it', async () => {
    const key = await createKey(A, [leased]);
    const counted = async () => (await sql`select used from public.rate_limits where connection_id = ${leased} and window_unit = 'day'`)[0]!.used as number;
    const before = await counted();
    for (let i = 0; i < 20; i++) expect((await call(leased, key.key)).status).toBe(200);
    expect(await counted() - before).toBeGreaterThan(20); // permits were counted ahead: the key holds some
    const revoked = await asActor(sql, A.admin, async (tx) => (await tx`select public.revoke_api_key(${key.id}) as ok`)[0]!.ok, { commit: true });
    expect(revoked).toBe(true);
    expect(await refusedAtOnce(() => call(leased, key.key))).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('a demoted admin and a disabled connection are refused at once', async () => {
    const admin = await jwt(A.admin);
    for (let i = 0; i < 10; i++) expect((await call(leased, admin, 'POST')).status).toBe(200);
    await sql`update public.organization_members set role = 'viewer' where user_id = ${A.admin.id}`;
    try {
      expect(await refusedAtOnce(() => call(leased, admin, 'POST'))).toMatchObject({ status: 403, code: 'forbidden' });
      for (let i = 0; i < 10; i++) expect((await call(leased, admin)).status).toBe(200);
      await sql`update public.integration_connections set status = 'disabled' where id = ${leased}`;
      expect(await refusedAtOnce(() => call(leased, admin))).toMatchObject({ status: 409, code: 'conflict' });
    } finally {
      await sql`update public.organization_members set role = 'admin' where user_id = ${A.admin.id}`;
      await sql`update public.integration_connections set status = 'active' where id = ${leased}`;
    }
  });

  it('a key\'s own per-minute limit answers 429 with Retry-After and X-RateLimit-* headers', async () => {
    const key = await createKey(A, [A.connectionId], { perMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push(await call(A.connectionId, key.key));
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 200, 429, 429]);
    const limited = statuses[3]!;
    expect(limited.code).toBe('rate_limited');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('3');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });
});

describe('API keys in the database', () => {
  it('are created and revoked by admins only, and nobody reads a hash through the API', async () => {
    const viewerCreate = asActor(sql, A.viewer, (tx) => tx`select public.create_api_key(${A.orgId}, 'x', '{}'::uuid[], true, null)`);
    await expect(viewerCreate).rejects.toMatchObject({ code: '42501' });
    const otherCreate = asActor(sql, B.admin, (tx) => tx`select public.create_api_key(${A.orgId}, 'x', '{}'::uuid[], true, null)`);
    await expect(otherCreate).rejects.toMatchObject({ code: 'P0002' });
    const crossScope = asActor(sql, A.admin, (tx) => tx`select public.create_api_key(${A.orgId}, 'x', ${[B.connectionId]}::uuid[], false, null)`);
    await expect(crossScope).rejects.toMatchObject({ code: '42501' });
    const key = await createKey(A, [A.connectionId]);
    await expect(asActor(sql, A.viewer, (tx) => tx`select public.revoke_api_key(${key.id})`)).rejects.toMatchObject({ code: '42501' });
    await expect(asActor(sql, A.admin, (tx) => tx`select key_hash from public.api_keys`)).rejects.toMatchObject({ code: '42501' });
    const seen = await asActor(sql, A.viewer, (tx) => tx`select id, prefix, name from public.api_keys where id = ${key.id}`);
    expect(seen).toEqual([{ id: key.id, prefix: key.prefix, name: 'orders service' }]);
    const [stored] = await sql`select key_hash from public.api_keys where id = ${key.id}`;
    expect(stored!.key_hash).not.toContain(key.key.slice(13));
    const verified = await asActor(sql, { kind: 'service' }, (tx) => tx`select * from public.verify_api_key(${stored!.key_hash})`);
    expect(verified).toEqual([expect.objectContaining({ organization_id: A.orgId, key_id: key.id, connection_ids: [A.connectionId] })]);
  });
});
