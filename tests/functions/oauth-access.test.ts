import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asActor, superuserSql } from '../support/db.ts';
import { stackClient } from '../support/supabase.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
const sql = superuserSql();
const SCHEDULER = 'local-scheduler-secret-not-for-production';
let A: Tenant;
let B: Tenant;
let linkedin: string;
const tokens: Record<'adminA' | 'viewerA' | 'adminB', string> = { adminA: '', viewerA: '', adminB: '' };

async function signIn(email: string): Promise<string> {
  const { data, error } = await stackClient().auth.signInWithPassword({ email, password: 'test-password-1' });
  if (error) throw error;
  return data.session!.access_token;
}

async function call(route: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(`${stack.apiUrl}/functions/v1/oauth/${route}`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}
const start = (body: unknown, token?: string) => call('start', body, token ? { authorization: `Bearer ${token}` } : {});

beforeAll(async () => {
  A = await createTenant(sql, 'oauth-access-a');
  B = await createTenant(sql, 'oauth-access-b');
  const [row] = await sql`insert into public.integration_connections (organization_id, provider_id, name)
    select ${A.orgId}, p.id, 'LinkedIn page' from public.integration_providers p where p.slug = 'linkedin' returning id`;
  linkedin = row!.id as string;
  await asActor(sql, { kind: 'service' }, (tx) => tx`select public.set_credential(${linkedin}, 'client_id', 'li-client', ${stack.credentialsKey}, 'local-1')`, { commit: true });
  tokens.adminA = await signIn(A.admin.email);
  tokens.viewerA = await signIn(A.viewer.email);
  tokens.adminB = await signIn(B.admin.email);
});
afterAll(() => sql.end());

describe('oauth/start: who may start a connect, and with what', () => {
  it('needs a signed-in admin of the connection\'s organization', async () => {
    expect((await start({ connection_id: linkedin })).status).toBe(401);
    expect((await start({ connection_id: linkedin }, stack.anonKey)).status).toBe(401);
    expect((await start({ connection_id: linkedin }, tokens.viewerA)).status).toBe(403);
    // Another organization's connection is simply not found.
    expect((await start({ connection_id: linkedin }, tokens.adminB)).status).toBe(404);
    expect((await start({ connection_id: crypto.randomUUID() }, tokens.adminA)).status).toBe(404);
  });

  it('refuses bad input and redirect targets off the site', async () => {
    expect((await start({ connection_id: 'nope' }, tokens.adminA)).status).toBe(400);
    expect((await start({ connection_id: linkedin, extra: 1 }, tokens.adminA)).status).toBe(400);
    for (const redirect_to of ['https://evil.example/x', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)']) {
      const res = await start({ connection_id: linkedin, redirect_to }, tokens.adminA);
      expect([redirect_to, res.status, res.body.error.code]).toEqual([redirect_to, 400, 'bad_request']);
    }
  });

  it('says which credential is missing before sending anyone to consent, and refuses non-OAuth providers', async () => {
    const missing = await start({ connection_id: linkedin }, tokens.adminA);
    expect(missing.status).toBe(409);
    expect(missing.body.error.message).toContain('client_secret');
    expect((await start({ connection_id: A.connectionId }, tokens.adminA)).body.error).toEqual({ code: 'conflict', message: 'Stripe does not connect with OAuth.' });
    const states = await sql`select count(*)::int as n from public.oauth_states where connection_id in (${linkedin}, ${A.connectionId})`;
    expect(states[0]!.n).toBe(0);
  });

  it('keeps its routes and methods tight', async () => {
    expect((await fetch(`${stack.apiUrl}/functions/v1/oauth/start`)).status).toBe(405);
    expect((await fetch(`${stack.apiUrl}/functions/v1/oauth/nothing`)).status).toBe(404);
    expect((await call('callback', {}, {})).status).toBe(405);
  });
});

describe('oauth/refresh-due: scheduler and service role only', () => {
  it('refuses anonymous callers and users, accepts the scheduler secret and the service role', async () => {
    expect((await call('refresh-due', {}, {})).status).toBe(401);
    expect((await call('refresh-due', {}, { 'x-scheduler-secret': 'wrong-secret-value' })).status).toBe(401);
    expect((await call('refresh-due', {}, { authorization: `Bearer ${tokens.adminA}` })).status).toBe(403);
    const one = { connection_id: linkedin };
    expect(await call('refresh-due', one, { 'x-scheduler-secret': SCHEDULER })).toMatchObject({ status: 200, body: { checked: 0 } });
    expect((await call('refresh-due', one, { authorization: `Bearer ${stack.serviceRoleKey}` })).status).toBe(200);
  });
});
