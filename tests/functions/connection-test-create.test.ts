import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { superuserSql } from '../support/db.ts';
import { accessTokenOf } from '../support/supabase.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
const sql = superuserSql();
const SECRET = 'sk_test_CreateRoute0000000077';
let A: Tenant;
let B: Tenant;
const tokenOf = (email: string) => accessTokenOf(email);

async function post(path: string, body: unknown, token: string) {
  const res = await fetch(`${stack.apiUrl}/functions/v1/connection-test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) };
}

const createBody = (name: string, credentials: Record<string, string> = { secret_key: SECRET }, extra: Record<string, unknown> = {}) => ({
  organization_id: A.orgId, provider_slug: 'stripe', environment: 'sandbox', base_url_override: null, name, credentials, ...extra,
});
const connectionsNamed = async (name: string) =>
  (await sql`select count(*)::int as n from public.integration_connections where organization_id = ${A.orgId} and name = ${name}`)[0]!.n;

beforeAll(async () => {
  A = await createTenant(sql, 'conncreate-a');
  B = await createTenant(sql, 'conncreate-b');
});
afterAll(() => sql.end());

describe('connection-test function: creating a connection with its secrets (real Deno)', () => {
  let created: string;

  it('creates the connection and stores every secret encrypted, answering hints only', async () => {
    const res = await post('/connections', createBody('Stripe created', { secret_key: SECRET, publishable_key: 'pk_test_Publishable123' }), await tokenOf(A.admin.email));
    expect(res.status).toBe(201);
    expect(res.body.hints).toEqual([{ field: 'secret_key', hint: '••••0077' }, { field: 'publishable_key', hint: '••••e123' }]);
    expect(res.text).not.toContain(SECRET);
    created = res.body.id;
    const [row] = await sql`select status, environment, created_by from public.integration_connections where id = ${created}`;
    expect(row).toEqual({ status: 'active', environment: 'sandbox', created_by: A.admin.id });
    const secrets = await sql`select field, key_id, ciphertext as raw from public.api_credentials where connection_id = ${created} order by field`;
    expect(secrets.map((s) => [s.field, s.key_id])).toEqual([['publishable_key', 'local-1'], ['secret_key', 'local-1']]);
    // Raw bytes: ciphertext may hold any byte, so it is searched as bytes, not decoded as text.
    expect(secrets.some((s) => (s.raw as Buffer).includes(Buffer.from(SECRET)))).toBe(false);
    const audit = await sql`select action, actor_type, actor_id, fields, ip is not null as has_ip from public.credential_audit_log where connection_id = ${created} order by id`;
    expect(audit).toEqual([
      { action: 'write', actor_type: 'user', actor_id: A.admin.id, fields: ['secret_key'], has_ip: true },
      { action: 'write', actor_type: 'user', actor_id: A.admin.id, fields: ['publishable_key'], has_ip: true },
    ]);
  });

  it('refuses a taken name (409 on the name field), bad input, viewers and other organizations, storing nothing', async () => {
    const admin = await tokenOf(A.admin.email);
    const taken = await post('/connections', createBody('Stripe created'), admin);
    expect([taken.status, taken.body.error.field]).toEqual([409, 'name']);
    const blank = await post('/connections', createBody('   '), admin);
    expect([blank.status, blank.body.error.field]).toEqual([400, 'name']);
    const pattern = await post('/connections', createBody('Stripe bad key', { secret_key: 'sk_wrong' }), admin);
    expect([pattern.status, pattern.body.error.field]).toEqual([400, 'credentials.secret_key']);
    const viewer = await post('/connections', createBody('Stripe by viewer'), await tokenOf(A.viewer.email));
    expect(viewer.status).toBe(403);
    const other = await post('/connections', createBody('Stripe by B'), await tokenOf(B.admin.email));
    expect(other.status).toBe(404);
    for (const name of ['Stripe bad key', 'Stripe by viewer', 'Stripe by B']) expect(await connectionsNamed(name)).toBe(0);
    for (const res of [taken, pattern, viewer, other]) expect(res.text).not.toContain(SECRET);
  });

  it('is all or nothing: when a secret cannot be stored, the connection is rolled back too', async () => {
    // A trap on the vault table, for this one value only, fails the second secret's write.
    // It lives outside public/private, so the function-privileges test never sees it.
    await sql.unsafe('create schema if not exists test_traps');
    await sql.unsafe(`create or replace function test_traps.trap_credential() returns trigger language plpgsql as $$
      begin if new.field = 'publishable_key' then raise exception 'trap'; end if; return new; end $$`);
    await sql.unsafe(`create trigger test_trap before insert on public.api_credentials for each row
      when (new.hint = '••••TRAP') execute function test_traps.trap_credential()`);
    try {
      const res = await post('/connections', createBody('Stripe half', { secret_key: SECRET, publishable_key: 'pk_test_xxxxxxxxTRAP' }), await tokenOf(A.admin.email));
      expect(res.status).toBe(500);
      expect(res.text).not.toContain(SECRET);
      expect(await connectionsNamed('Stripe half')).toBe(0);
      const [orphans] = await sql`select count(*)::int as n from public.api_credentials a where a.organization_id = ${A.orgId}
        and not exists (select 1 from public.integration_connections c where c.id = a.connection_id)`;
      expect(orphans!.n).toBe(0);
    } finally {
      await sql.unsafe('drop trigger test_trap on public.api_credentials; drop schema test_traps cascade');
    }
  });

  it('replaces one secret of an existing connection for admins of its organization only', async () => {
    const next = 'sk_test_ReplacedKey000000000099';
    const res = await post('/credentials', { connection_id: created, credentials: { secret_key: next } }, await tokenOf(A.admin.email));
    expect([res.status, res.body]).toEqual([200, { hints: [{ field: 'secret_key', hint: '••••0099' }] }]);
    expect(res.text).not.toContain(next);
    const viewer = await post('/credentials', { connection_id: created, credentials: { secret_key: next } }, await tokenOf(A.viewer.email));
    expect(viewer.status).toBe(403);
    const other = await post('/credentials', { connection_id: created, credentials: { secret_key: next } }, await tokenOf(B.admin.email));
    expect(other.status).toBe(404);
    const unknown = await post('/credentials', { connection_id: created, credentials: { api_key: 'x-value-1234' } }, await tokenOf(A.admin.email));
    expect(unknown.status).toBe(400);
    const writes = await sql`select count(*)::int as n from public.credential_audit_log where connection_id = ${created} and action = 'write' and fields = '{secret_key}'`;
    expect(writes[0]!.n).toBe(2);
  });
});
