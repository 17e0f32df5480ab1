import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asActor, superuserSql } from '../support/db.ts';
import { followConsent, openCallback, startFakeOAuthServer, type FakeOAuthServer } from '../support/fake-oauth-server.ts';
import { accessTokenOf } from '../support/supabase.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
/** The callback sends the browser back to the dashboard (HUB_DASHBOARD_URL). */
const dashboardPath = (path: string) => `${stack.dashboardUrl}${path}`;
const sql = superuserSql();
const CLIENT = { id: 'li-client-id', secret: 'li-client-secret-0123456789' };
let fake: FakeOAuthServer;
let A: Tenant;
let adminToken: string;

/** A pending connection whose OAuth endpoints are the fake server (base URL override, or settings). */
async function oauthConnection(slug: 'linkedin' | 'tiktok', settings: Record<string, string> = {}): Promise<string> {
  const [row] = await sql`
    insert into public.integration_connections (organization_id, provider_id, name, status, base_url_override, settings)
    select ${A.orgId}, p.id, ${`${slug} ${crypto.randomUUID().slice(0, 8)}`}, 'pending', ${fake.origin}, ${sql.json(settings)}
      from public.integration_providers p where p.slug = ${slug} returning id`;
  const id = row!.id as string;
  const fields = slug === 'tiktok' ? { client_key: CLIENT.id, client_secret: CLIENT.secret } : { client_id: CLIENT.id, client_secret: CLIENT.secret };
  for (const [field, value] of Object.entries(fields)) {
    await asActor(sql, { kind: 'service' }, (tx) => tx`select public.set_credential(${id}, ${field}, ${value}, ${stack.credentialsKey}, 'local-1')`, { commit: true });
  }
  return id;
}

async function start(connectionId: string, token = adminToken): Promise<{ status: number; text: string; url: string }> {
  const res = await fetch(`${stack.apiUrl}/functions/v1/oauth/start`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ connection_id: connectionId }),
  });
  const text = await res.text();
  return { status: res.status, text, url: res.ok ? (JSON.parse(text).authorize_url as string) : '' };
}

const hash = (state: string) => createHash('sha256').update(state).digest('hex');
const connectionRow = async (id: string) => (await sql`select status, status_reason from public.integration_connections where id = ${id}`)[0];

beforeAll(async () => {
  fake = await startFakeOAuthServer({ clientId: CLIENT.id, clientSecret: CLIENT.secret });
  A = await createTenant(sql, 'oauth-flow');
  adminToken = await accessTokenOf(A.admin.email);
});
afterAll(async () => {
  await fake.close();
  await sql.end();
});

describe('oauth: authorization code with state and PKCE (real Deno, provider on loopback)', () => {
  it('connects LinkedIn: tokens stored encrypted (never shown), account recorded, connection active', async () => {
    const id = await oauthConnection('linkedin');
    const started = await start(id);
    expect(started.status).toBe(200);
    const url = new URL(started.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${fake.origin}/oauth/v2/authorization`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code', client_id: CLIENT.id, code_challenge_method: 'S256', scope: 'openid profile',
      redirect_uri: `${stack.apiUrl}/functions/v1/oauth/callback`,
    });
    // Only the hash of the state is stored; the verifier is encrypted and matches the challenge.
    const state = url.searchParams.get('state')!;
    const [row] = await sql`select user_id, public.decrypt_credential(verifier_ciphertext, ${stack.credentialsKey}) as verifier,
      position(convert_to(${state}, 'utf8') in verifier_ciphertext) as leaked from public.oauth_states where state_hash = ${hash(state)}`;
    expect(row).toMatchObject({ user_id: A.admin.id, leaked: 0 });
    expect(createHash('sha256').update(row!.verifier).digest('base64url')).toBe(url.searchParams.get('code_challenge'));

    const done = await followConsent(started.url);
    expect(done.status).toBe(303);
    expect(done.location).toBe(dashboardPath(`/integrations/${id}?oauth=success`));
    expect(await connectionRow(id)).toEqual({ status: 'active', status_reason: null });
    const [account] = await sql`select platform, external_account_id, display_name, avatar_url, token_expires_at > now() as valid
      from public.social_media_accounts where connection_id = ${id}`;
    expect(account).toEqual({ platform: 'linkedin', external_account_id: 'li-member-42', display_name: 'Al Khayyat Tailoring', avatar_url: 'https://media.example.com/p.jpg', valid: true });

    const [access, refresh] = fake.issued.slice(-2) as [string, string];
    const [secrets] = await asActor(sql, { kind: 'service' }, (tx) => tx`select public.get_connection_secrets(${id}, ${tx.json({ 'local-1': stack.credentialsKey })}, 'service') as s`);
    expect(secrets!.s).toMatchObject({ access_token: access, refresh_token: refresh });
    expect(Date.parse(secrets!.s.access_token_expires_at) - Date.now()).toBeGreaterThan(3500_000);
    // The token values appear in no response and in no readable column.
    for (const value of [access, refresh]) {
      expect(started.text + done.body + done.location).not.toContain(value);
      const [found] = await sql`select
        (select count(*) from public.api_credentials where position(convert_to(${value}, 'utf8') in ciphertext) > 0)::int +
        (select count(*) from public.oauth_token_status s where s::text like ${`%${value}%`})::int +
        (select count(*) from public.social_media_accounts a where a::text like ${`%${value}%`})::int +
        (select count(*) from public.credential_audit_log l where l::text like ${`%${value}%`})::int +
        (select count(*) from public.integration_connections c where c::text like ${`%${value}%`})::int as n`;
      expect(found!.n).toBe(0);
    }
    const audit = await sql`select distinct actor_type, actor_id from public.credential_audit_log where connection_id = ${id} and action = 'write' and 'access_token' = any(fields)`;
    expect(audit).toEqual([{ actor_type: 'user', actor_id: A.admin.id }]);

    // The same callback again (a replay) is refused and never reaches the provider.
    const codeCalls = fake.calls.code;
    const replay = await openCallback(done.callbackUrl);
    expect([replay.status, replay.location]).toEqual([303, dashboardPath(`/integrations/${id}?oauth=error&reason=state_used`)]);
    expect(fake.calls.code).toBe(codeCalls);
  });

  it('connects TikTok with endpoints from settings and its client_key', async () => {
    const id = await oauthConnection('tiktok', { oauth_authorize_url: `${fake.origin}/authorize`, oauth_token_url: `${fake.origin}/token` });
    const started = await start(id);
    expect(new URL(started.url).searchParams.get('client_key')).toBe(CLIENT.id);
    expect((await followConsent(started.url)).location).toBe(dashboardPath(`/integrations/${id}?oauth=success`));
    const [account] = await sql`select platform, external_account_id from public.social_media_accounts where connection_id = ${id}`;
    expect(account).toEqual({ platform: 'tiktok', external_account_id: 'tt-open-7' });
  });

  it('denied consent leaves the connection pending with a clear reason and stores nothing', async () => {
    const id = await oauthConnection('linkedin');
    fake.mode.deny = true;
    try {
      const done = await followConsent((await start(id)).url);
      expect(done.location).toBe(dashboardPath(`/integrations/${id}?oauth=error&reason=access_denied`));
    } finally {
      fake.mode.deny = false;
    }
    expect(await connectionRow(id)).toEqual({ status: 'pending', status_reason: 'Consent was declined at the provider; use "Connect" again to grant access.' });
    const fields = await sql`select field from public.api_credentials where connection_id = ${id} order by field`;
    expect(fields.map((f) => f.field)).toEqual(['client_id', 'client_secret']);
  });

  it('refuses a missing, unknown or tampered state with an error page, and an expired one with a redirect', async () => {
    const callback = `${stack.apiUrl}/functions/v1/oauth/callback`;
    const missing = await openCallback(`${callback}?code=abc`);
    expect([missing.status, missing.body]).toEqual([400, expect.stringContaining('not valid')]);
    const id = await oauthConnection('linkedin');
    const consent = await fetch((await start(id)).url, { redirect: 'manual' });
    const back = new URL(consent.headers.get('location')!);
    const tampered = new URL(back);
    tampered.searchParams.set('state', `${back.searchParams.get('state')}x`);
    const unknown = await openCallback(tampered.href);
    expect([unknown.status, unknown.location, unknown.body]).toEqual([400, null, expect.stringContaining('Unknown sign-in link')]);
    expect(await connectionRow(id)).toEqual({ status: 'pending', status_reason: null });

    await sql`update public.oauth_states set expires_at = now() - interval '1 second' where state_hash = ${hash(back.searchParams.get('state')!)}`;
    const expired = await openCallback(back.href);
    expect([expired.status, expired.location]).toEqual([303, dashboardPath(`/integrations/${id}?oauth=error&reason=state_expired`)]);
    expect(await connectionRow(id)).toEqual({ status: 'pending', status_reason: null });
  });
});
