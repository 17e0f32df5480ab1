import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readSecrets } from '../support/connections.ts';
import { asActor, superuserSql } from '../support/db.ts';
import { connectViaConsent, startFakeOAuthServer, type FakeOAuthServer } from '../support/fake-oauth-server.ts';
import { proxyCall } from '../support/proxy-calls.ts';
import { accessTokenOf } from '../support/supabase.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
const sql = superuserSql();
const CLIENT = { id: 'proxy-oauth-client', secret: 'proxy-oauth-client-secret-7' };
let fake: FakeOAuthServer;
let A: Tenant;
let adminToken: string;

const connectedLinkedIn = () => connectViaConsent(sql, stack, { orgId: A.orgId, adminToken, fake, client: CLIENT });
const proxy = (id: string, path: string) => proxyCall(id, path);

const secretsOf = (id: string) => readSecrets(sql, id);

/** The stored access token expired a minute ago, in the vault and in oauth_token_status alike. */
async function expireNow(id: string): Promise<void> {
  const past = new Date(Date.now() - 60_000).toISOString();
  await asActor(sql, { kind: 'service' }, (tx) =>
    tx`select public.set_credential(${id}, 'access_token_expires_at', ${past}, ${stack.credentialsKey}, 'local-1')`, { commit: true });
  await sql`update public.oauth_token_status set access_token_expires_at = ${past} where connection_id = ${id}`;
}

beforeAll(async () => {
  fake = await startFakeOAuthServer({ clientId: CLIENT.id, clientSecret: CLIENT.secret, refreshDelayMs: 200 });
  A = await createTenant(sql, 'proxy-oauth');
  adminToken = await accessTokenOf(A.admin.email);
});
afterAll(async () => {
  await fake.close();
  await sql.end();
});

describe('api-proxy with OAuth user tokens (real Deno, provider on loopback)', () => {
  it('a valid token goes out as Bearer without a refresh', async () => {
    const id = await connectedLinkedIn();
    const refreshes = fake.calls.refresh;
    const res = await proxy(id, '/v2/userinfo');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ sub: 'li-member-42' });
    expect(fake.calls.refresh).toBe(refreshes);
    expect(fake.presented.at(-1)).toBe((await secretsOf(id)).access_token);
  });

  it('an expired token is refreshed once for five concurrent callers, and every call carries the new token', async () => {
    const id = await connectedLinkedIn();
    expect((await proxy(id, '/v2/userinfo')).status).toBe(200); // the context is cached with the old token
    const before = await secretsOf(id);
    await expireNow(id);
    const refreshes = fake.calls.refresh;
    const answers = await Promise.all(Array.from({ length: 5 }, () => proxy(id, '/v2/userinfo')));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(fake.calls.refresh - refreshes).toBe(1);
    const after = await secretsOf(id);
    expect(after.access_token).not.toBe(before.access_token);
    expect(Date.parse(after.access_token_expires_at!)).toBeGreaterThan(Date.now() + 30 * 60_000);
    expect(fake.presented.slice(-5)).toEqual(Array(5).fill(after.access_token));
    // The next call uses the refreshed token without refreshing again.
    expect((await proxy(id, '/v2/userinfo')).status).toBe(200);
    expect(fake.calls.refresh - refreshes).toBe(1);
  });

  it('a refused refresh token is a 409 that says to reconnect; nothing is sent with the expired token', async () => {
    const id = await connectedLinkedIn();
    await expireNow(id);
    const apiCalls = fake.presented.length;
    fake.mode.failRefresh = true;
    try {
      const res = await proxy(id, '/v2/userinfo');
      expect(res.status).toBe(409);
      expect(await res.json()).toEqual({ error: { code: 'conflict', message: 'The provider refused the stored refresh token; reconnect the connection.' } });
    } finally {
      fake.mode.failRefresh = false;
    }
    expect(fake.presented.length).toBe(apiCalls);
    const [conn] = await sql`select status, status_reason from public.integration_connections where id = ${id}`;
    expect(conn).toEqual({ status: 'error', status_reason: 'Reconnect: the provider refused the refresh token' });
  });

  it('a token endpoint that is down: an expired token is a 502 with a safe message', async () => {
    const id = await connectedLinkedIn();
    await expireNow(id);
    await fake.close();
    try {
      const res = await proxy(id, '/v2/userinfo');
      expect(res.status).toBe(502);
      expect(await res.json()).toEqual({ error: { code: 'provider_failed', message: 'The expired access token could not be refreshed: The token endpoint could not be reached.' } });
    } finally {
      fake = await startFakeOAuthServer({ clientId: CLIENT.id, clientSecret: CLIENT.secret, refreshDelayMs: 200 });
    }
  });
});
