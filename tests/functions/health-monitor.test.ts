import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROVIDER_SLUGS, type ProviderSlug } from '../../supabase/functions/_shared/providers/provider.schema.ts';
import { superuserSql } from '../support/db.ts';
import { connectToFake } from '../support/connections.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.ts';
import { SECRETS } from '../support/provider-secrets.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { accessTokenOf } from '../support/supabase.ts';

const stack = inject('stack');
const sql = superuserSql();
const SCHEDULER = { 'x-scheduler-secret': 'local-scheduler-secret-not-for-production', 'content-type': 'application/json' };
const routes: NonNullable<Parameters<typeof startFakeProvider>[0]>['routes'] = {};
let fake: FakeProvider;
let A: Tenant;
let B: Tenant;
const connections = new Map<ProviderSlug, string>();
/** The path each provider's health check was last sent to (learned in the first test). */
const healthPath = new Map<ProviderSlug, string>();


async function check(connectionId: string, headers: Record<string, string> = SCHEDULER) {
  const res = await fetch(`${stack.apiUrl}/functions/v1/health-monitor`, { method: 'POST', headers, body: JSON.stringify({ connection_id: connectionId }) });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  fake = await startFakeProvider({
    routes,
    tokenPaths: ['/p/paypal/v1/oauth2/token', '/p/fedex/oauth/token', '/p/network_international/identity/auth/access-token'],
  });
  A = await createTenant(sql, 'health-a');
  B = await createTenant(sql, 'health-b');
  for (const slug of PROVIDER_SLUGS) connections.set(slug, await connectToFake(sql, A, slug, fake.origin, `Health ${slug}`));
});
afterAll(async () => {
  await fake.close();
  await sql.end();
});

describe('health-monitor function (real Deno, fake providers on loopback)', () => {
  it('sends each of the 16 providers its own health check with its own auth, and records healthy', async () => {
    for (const slug of PROVIDER_SLUGS) {
      const before = fake.received.length;
      const { status, body } = await check(connections.get(slug)!);
      expect([slug, status]).toEqual([slug, 200]);
      expect([slug, body.results[0].status]).toEqual([slug, 'healthy']);
      const sent = fake.received.slice(before);
      expect(sent.length, slug).toBeGreaterThan(0);
      expect(sent.every((r) => r.path.startsWith(`/p/${slug}/`)), slug).toBe(true);
      // The credentials travelled in a header or the body, never in the clear URL query.
      const last = sent.at(-1)!;
      healthPath.set(slug, last.path.split('?')[0]!);
      const carried = JSON.stringify(last.headers) + last.body;
      expect(/authorization|apikey|access-token|dhl-api-key|clientinfo|ivp_authkey|client_secret/i.test(carried), `${slug}: ${carried.slice(0, 200)}`).toBe(true);
    }
    const rows = await sql`select c.health_status, count(h.id)::int as checks from public.integration_connections c
      join public.integration_health h on h.connection_id = c.id where c.organization_id = ${A.orgId} group by c.health_status`;
    expect(rows).toEqual([{ health_status: 'healthy', checks: 16 }]);
  }, 60_000);

  it('classifies slow, 429, 500 and bad credentials, and a hang is down after the 10 s timeout', async () => {
    const id = connections.get('stripe')!;
    const path = healthPath.get('stripe')!;
    const cases: Array<[Record<string, unknown>, string, string | null]> = [
      [{ status: 200, delayMs: 2300 }, 'degraded', 'slow'],
      [{ status: 429 }, 'degraded', 'rate_limited'],
      [{ status: 500 }, 'down', 'server_error'],
      [{ status: 401 }, 'down', 'auth'],
      [{ status: 200, hang: true }, 'down', 'timeout'],
    ];
    for (const [route, expected, errorClass] of cases) {
      routes[path] = route as { status: number };
      const started = Date.now();
      const { body } = await check(id);
      expect([route, body.results[0].status, body.results[0].error_class]).toEqual([route, expected, errorClass]);
      if (route.hang) expect(Date.now() - started).toBeGreaterThanOrEqual(9_900);
      if (errorClass === 'auth') expect(body.results[0].message).toMatch(/check credentials/);
    }
    delete routes[path];
  }, 60_000);

  it('a connection going down then up yields exactly two notifications', async () => {
    const id = connections.get('sendgrid')!;
    const path = healthPath.get('sendgrid')!;
    const count = async () => (await sql`select count(*)::int as n from public.notifications where connection_id = ${id} and kind = 'health_changed'`)[0]!.n;
    expect(await count()).toBe(0);
    routes[path] = { status: 503 };
    await check(id);
    await check(id);
    delete routes[path];
    await check(id);
    await check(id);
    const titles = await sql`select title, severity from public.notifications where connection_id = ${id} order by created_at`;
    expect(titles.map((t) => t.severity)).toEqual(['critical', 'info']);
    expect(titles[1]!.title).toMatch(/recovered/);
    expect(await count()).toBe(2);
  }, 30_000);

  it('a connection with missing credentials is down and says which field', async () => {
    const [row] = await sql`insert into public.integration_connections (organization_id, provider_id, name, status, base_url_override)
      select ${A.orgId}, p.id, 'Stripe without key', 'active', ${`${fake.origin}/p/stripe`} from public.integration_providers p where p.slug = 'stripe' returning id`;
    const { body } = await check(row!.id);
    expect(body.results[0]).toMatchObject({ status: 'down', error_class: 'credentials_missing' });
    expect(body.results[0].message).toMatch(/secret_key/);
  });

  it('accepts the scheduler and the service role; an admin may check one of their own connections only', async () => {
    const id = connections.get('twilio')!;
    expect((await check(id, {})).status).toBe(401);
    expect((await check(id, { 'x-scheduler-secret': 'wrong-secret-value' })).status).toBe(401);
    expect((await check(id, { authorization: `Bearer ${stack.serviceRoleKey}` })).status).toBe(200);
    expect((await check(id, { authorization: `Bearer ${stack.anonKey}` })).status).toBe(401);

    const tokenOf = accessTokenOf;
    expect((await check(id, { authorization: `Bearer ${await tokenOf(A.admin.email)}` })).status).toBe(200);
    const viewer = await check(id, { authorization: `Bearer ${await tokenOf(A.viewer.email)}` });
    expect([viewer.status, viewer.body.error.code]).toEqual([403, 'forbidden']);
    const other = await check(id, { authorization: `Bearer ${await tokenOf(B.admin.email)}` });
    expect([other.status, other.body.error.code]).toEqual([404, 'not_found']);
  });

  it('rejects bad input with a clear 4xx and changes nothing', async () => {
    const res = await fetch(`${stack.apiUrl}/functions/v1/health-monitor`, { method: 'POST', headers: SCHEDULER, body: '{"connection_id":"nope"}' });
    expect([res.status, (await res.json()).error.code]).toEqual([400, 'bad_request']);
    const missing = await check('00000000-0000-4000-8000-00000000dead');
    expect(missing.status).toBe(404);
    const get = await fetch(`${stack.apiUrl}/functions/v1/health-monitor`);
    expect(get.status).toBe(405);
    const both = await fetch(`${stack.apiUrl}/functions/v1/health-monitor`, {
      method: 'POST', headers: SCHEDULER, body: JSON.stringify({ connection_id: A.connectionId, organization_id: A.orgId }),
    });
    expect([both.status, (await both.json()).error.code]).toEqual([400, 'bad_request']);
  });

  it('a run narrowed to one organization checks its due connections and nobody else\'s', async () => {
    const due = async (org: string) => (await sql`select count(*)::int as n from public.due_health_checks(100000) where organization_id = ${org}`)[0]!.n as number;
    await sql`update public.integration_connections set last_health_check_at = null where organization_id in (${A.orgId}, ${B.orgId})`;
    const [a, b] = [await due(A.orgId), await due(B.orgId)];
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    const res = await fetch(`${stack.apiUrl}/functions/v1/health-monitor`, { method: 'POST', headers: SCHEDULER, body: JSON.stringify({ organization_id: A.orgId }) });
    expect((await res.json()).checked).toBe(a);
    expect([await due(A.orgId), await due(B.orgId)]).toEqual([0, b]);
  }, 30_000);

  it('never writes a secret into health history', async () => {
    const rows = await sql`select message from public.integration_health where organization_id = ${A.orgId}`;
    const all = rows.map((r) => r.message).join('\n');
    for (const secrets of Object.values(SECRETS)) for (const value of Object.values(secrets)) if (value.length > 8) expect(all).not.toContain(value);
  });
});
