import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readSecrets } from '../support/connections.ts';
import { asActor, superuserSql } from '../support/db.ts';
import { connectViaConsent, refreshDue, followConsent, startFakeOAuthServer, type FakeOAuthServer } from '../support/fake-oauth-server.ts';
import { accessTokenOf } from '../support/supabase.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
const sql = superuserSql();
const APP = { id: 'meta-app-1001', secret: 'meta-app-secret-2002' };
let fake: FakeOAuthServer;
let A: Tenant;
let adminToken: string;

const secretsOf = (id: string) => readSecrets(sql, id);
const statusOf = async (id: string) => (await sql`select renewable, access_token_expires_at from public.oauth_token_status where connection_id = ${id}`)[0]!;

const refreshDueOf = (id: string) => refreshDue(stack.apiUrl, id);

beforeAll(async () => {
  fake = await startFakeOAuthServer({ clientId: APP.id, clientSecret: APP.secret });
  A = await createTenant(sql, 'oauth-meta');
  adminToken = await accessTokenOf(A.admin.email);
});
afterAll(async () => {
  await fake.close();
  await sql.end();
});

describe('Meta long-lived tokens (real Deno, provider on loopback)', () => {
  it('Facebook: the one-hour token is exchanged for a long-lived one, which fetches the Page token the connection acts with', async () => {
    const exchanges = fake.calls.longLived;
    const id = await connectViaConsent(sql, stack, { orgId: A.orgId, adminToken, fake, client: APP, slug: 'facebook' });
    expect(fake.calls.longLived - exchanges).toBe(1);
    const secrets = await secretsOf(id);
    expect(secrets.access_token).toMatch(/^fake-page-/); // the Page token, not the user's
    expect(secrets.page_id).toBe('page-100');
    expect(secrets.refresh_token).toBeUndefined();
    expect(secrets.access_token_expires_at).toBeUndefined(); // Page tokens from a long-lived user token do not expire
    const status = await statusOf(id);
    expect(status).toMatchObject({ renewable: false, access_token_expires_at: null });
    // The Pages were listed with the long-lived user token, and the account recorded is the Page.
    expect(fake.presented.at(-1)).toMatch(/^fake-ll-/);
    const [account] = await sql`select platform, external_account_id, display_name from public.social_media_accounts where connection_id = ${id}`;
    expect(account).toEqual({ platform: 'facebook', external_account_id: 'page-100', display_name: 'Al Khayyat Page 1' });
  });

  it('Facebook: with several Pages and no Page ID the connect stops with a clear reason; with the Page ID it takes that Page', async () => {
    fake.mode.pages = 3;
    try {
      await expect(connectViaConsent(sql, stack, { orgId: A.orgId, adminToken, fake, client: APP, slug: 'facebook' })).rejects.toThrow(/page_not_chosen/);
      const [pending] = await sql`select status_reason from public.integration_connections where organization_id = ${A.orgId} and status <> 'active' order by created_at desc limit 1`;
      expect(pending!.status_reason).toBe('Connecting failed: This account manages 3 Pages: enter the Page ID of the one to connect, then connect again.');
      const id = await connectViaConsent(sql, stack, { orgId: A.orgId, adminToken, fake, client: APP, slug: 'facebook', fields: { page_id: 'page-102' } });
      const secrets = await secretsOf(id);
      expect(secrets.page_id).toBe('page-102');
      expect(secrets.access_token).toMatch(/^fake-page-/);
    } finally {
      fake.mode.pages = 1;
    }
  });

  it('a token that cannot be renewed: a week before it runs out, admins are told once to reconnect (DD/MM/YYYY, Dubai)', async () => {
    const id = await connectViaConsent(sql, stack, { orgId: A.orgId, adminToken, fake, client: APP, slug: 'facebook' });
    expect((await refreshDueOf(id)).checked).toBe(0); // not renewable: never refreshed
    const notes = () => sql`select kind, severity, title from public.notifications where connection_id = ${id}`;
    expect(await notes()).toHaveLength(0); // 60 days left: no warning yet
    await sql`update public.oauth_token_status set access_token_expires_at = now() + interval '3 days' where connection_id = ${id}`;
    const due = (await sql`select access_token_expires_at as at from public.oauth_token_status where connection_id = ${id}`)[0]!.at as Date;
    const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Dubai', day: '2-digit', month: '2-digit', year: 'numeric' }).format(due);
    expect(day).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await refreshDueOf(id);
    await refreshDueOf(id);
    const warned = await notes();
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ kind: 'token_expiring', severity: 'warning' });
    expect(warned[0]!.title).toContain(`must be reconnected by ${day}`);
  });

  it('Instagram: exchanged for a long-lived token, then renewed by the scheduler with itself before it runs out', async () => {
    const id = await connectViaConsent(sql, stack, { orgId: A.orgId, adminToken, fake, client: APP, slug: 'instagram' });
    const first = await secretsOf(id);
    expect(first.access_token).toMatch(/^fake-ll-/);
    expect((await statusOf(id)).renewable).toBe(true);
    await sql`update public.oauth_token_status set access_token_expires_at = now() + interval '2 minutes' where connection_id = ${id}`;
    const renewals = fake.calls.renew;
    const answer = await refreshDueOf(id);
    expect(answer.results).toEqual([{ connection_id: id, outcome: 'refreshed', message: 'The access token was refreshed.' }]);
    expect(fake.calls.renew - renewals).toBe(1);
    const after = await secretsOf(id);
    expect(after.access_token).toMatch(/^fake-ll-/);
    expect(after.access_token).not.toBe(first.access_token);
    expect((await statusOf(id)).access_token_expires_at.getTime()).toBeGreaterThan(Date.now() + 59 * 86_400_000);
  });

  it('Instagram: a token Meta will not renew marks the connection for reconnecting', async () => {
    const id = await connectViaConsent(sql, stack, { orgId: A.orgId, adminToken, fake, client: APP, slug: 'instagram' });
    await sql`update public.oauth_token_status set access_token_expires_at = now() + interval '2 minutes' where connection_id = ${id}`;
    fake.mode.failRefresh = true;
    try {
      expect((await refreshDueOf(id)).results?.map((r) => r.outcome)).toEqual(['refused']);
    } finally {
      fake.mode.failRefresh = false;
    }
    const [conn] = await sql`select status from public.integration_connections where id = ${id}`;
    expect(conn!.status).toBe('error');
  });

  it('a failed exchange leaves the connection unconnected with a clear reason and stores no token', async () => {
    const [row] = await sql`insert into public.integration_connections (organization_id, provider_id, name, base_url_override)
      select ${A.orgId}, p.id, 'fb no long-lived', ${fake.origin} from public.integration_providers p where p.slug = 'facebook' returning id`;
    const id = row!.id as string;
    for (const [field, value] of [['app_id', APP.id], ['app_secret', APP.secret]] as const) {
      await asActor(sql, { kind: 'service' }, (tx) => tx`select public.set_credential(${id}, ${field}, ${value}, ${stack.credentialsKey}, 'local-1')`, { commit: true });
    }
    const start = await fetch(`${stack.apiUrl}/functions/v1/oauth/start`, {
      method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ connection_id: id }),
    });
    fake.mode.failLongLived = true;
    try {
      const done = await followConsent(((await start.json()) as { authorize_url: string }).authorize_url);
      expect(done.location).toContain('long_lived_exchange_failed');
    } finally {
      fake.mode.failLongLived = false;
    }
    const [conn] = await sql`select status, status_reason from public.integration_connections where id = ${id}`;
    expect(conn!.status).not.toBe('active');
    expect(conn!.status_reason).toBe('Connecting failed: The provider did not extend the one-hour token (HTTP 400).');
    expect(await secretsOf(id)).not.toHaveProperty('access_token');
  });
});
