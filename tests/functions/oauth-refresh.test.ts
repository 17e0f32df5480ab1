import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readSecrets } from '../support/connections.ts';
import { superuserSql } from '../support/db.ts';
import { connectViaConsent, refreshDue, startFakeOAuthServer, type FakeOAuthServer } from '../support/fake-oauth-server.ts';
import { accessTokenOf } from '../support/supabase.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
const sql = superuserSql();
const CLIENT = { id: 'refresh-client', secret: 'refresh-client-secret-42' };
let fake: FakeOAuthServer;
let A: Tenant;
let adminToken: string;

const connectedLinkedIn = () => connectViaConsent(sql, stack, { orgId: A.orgId, adminToken, fake, client: CLIENT });

/** Makes the connection due: its access token now expires within the ten-minute window. */
const expireSoon = (id: string) => sql`update public.oauth_token_status set access_token_expires_at = now() + interval '2 minutes' where connection_id = ${id}`;

const refreshDueOf = (id: string) => refreshDue(stack.apiUrl, id);

const secretsOf = (id: string) => readSecrets(sql, id);

beforeAll(async () => {
  // The refresh answer is slow, so two refreshes started together overlap at the provider.
  fake = await startFakeOAuthServer({ clientId: CLIENT.id, clientSecret: CLIENT.secret, refreshDelayMs: 400 });
  A = await createTenant(sql, 'oauth-refresh');
  adminToken = await accessTokenOf(A.admin.email);
});
afterAll(async () => {
  await fake.close();
  await sql.end();
});

describe('oauth refresh (real Deno, provider on loopback)', () => {
  it('two concurrent refreshes of one connection make one provider call; both see the new token', async () => {
    const id = await connectedLinkedIn();
    const before = await secretsOf(id);
    expect((await refreshDueOf(id)).checked).toBe(0); // not due yet: nothing happens
    await expireSoon(id);
    const calls = fake.calls.refresh;
    const answers = await Promise.all([refreshDueOf(id), refreshDueOf(id)]);
    expect(fake.calls.refresh - calls).toBe(1);
    expect(answers.flatMap((a) => a.results!.map((r) => r.outcome)).sort()).toEqual(['fresh', 'refreshed']);
    const after = await secretsOf(id);
    expect(after.access_token).not.toBe(before.access_token);
    expect(after.refresh_token).not.toBe(before.refresh_token); // rotated by the provider
    expect(fake.issued.slice(-2)).toEqual([after.access_token, after.refresh_token]);
    const [status] = await sql`select access_token_expires_at > now() + interval '50 minutes' as extended, last_refreshed_at is not null as stamped
      from public.oauth_token_status where connection_id = ${id}`;
    expect(status).toEqual({ extended: true, stamped: true });
    const [conn] = await sql`select status from public.integration_connections where id = ${id}`;
    expect(conn!.status).toBe('active');
  });

  it('a refused refresh token marks the connection error with a clear reason and notifies exactly once', async () => {
    const id = await connectedLinkedIn();
    await expireSoon(id);
    fake.mode.failRefresh = true;
    try {
      const answers = await Promise.all([refreshDueOf(id), refreshDueOf(id), refreshDueOf(id)]);
      expect(answers.flatMap((a) => a.results?.map((r) => r.outcome) ?? [])).toContain('refused');
      expect(answers.flatMap((a) => a.results?.map((r) => r.outcome) ?? [])).not.toContain('refreshed');
      expect((await refreshDueOf(id)).checked).toBe(0); // in error: no longer refreshed
    } finally {
      fake.mode.failRefresh = false;
    }
    const [conn] = await sql`select status, status_reason from public.integration_connections where id = ${id}`;
    expect(conn).toEqual({ status: 'error', status_reason: 'Reconnect: the provider refused the refresh token' });
    const notes = await sql`select kind, severity, title from public.notifications where connection_id = ${id}`;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'token_refresh_failed', severity: 'critical' });
    expect(notes[0]!.title).toContain('needs reconnecting');
  });

  it('a transient provider failure leaves the connection active for the next run', async () => {
    const id = await connectedLinkedIn();
    await expireSoon(id);
    await fake.close(); // the provider is down: connection refused
    try {
      const answer = await refreshDueOf(id);
      expect(answer.results).toEqual([{ connection_id: id, outcome: 'failed', message: 'The token endpoint could not be reached.' }]);
    } finally {
      fake = await startFakeOAuthServer({ clientId: CLIENT.id, clientSecret: CLIENT.secret, refreshDelayMs: 400 });
    }
    const [conn] = await sql`select status from public.integration_connections where id = ${id}`;
    expect(conn!.status).toBe('active');
  });
});
