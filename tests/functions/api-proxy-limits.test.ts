import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asActor, superuserSql } from '../support/db.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.ts';
import { SECRETS } from '../support/provider-secrets.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
const sql = superuserSql();
let fake: FakeProvider;
let A: Tenant;

async function connection(slug: 'stripe' | 'whatsapp_business', environment: 'sandbox' | 'production' = 'sandbox'): Promise<string> {
  const [row] = await sql`insert into public.integration_connections (organization_id, provider_id, name, status, environment, base_url_override)
    select ${A.orgId}, p.id, ${`Limits ${slug} ${Math.random()}`}, 'active', ${environment}, ${`${fake.origin}/p/${slug}`}
    from public.integration_providers p where p.slug = ${slug} returning id`;
  const id = row!.id as string;
  for (const [field, value] of Object.entries(SECRETS[slug])) {
    await asActor(sql, { kind: 'service' }, (tx) => tx`select public.set_credential(${id}, ${field}, ${value}, ${stack.credentialsKey}, 'local-1')`, { commit: true });
  }
  return id;
}

const call = (id: string) =>
  fetch(`${stack.apiUrl}/functions/v1/api-proxy/${id}/v1/balance`, { headers: { authorization: `Bearer ${stack.serviceRoleKey}` } });

beforeAll(async () => {
  fake = await startFakeProvider();
  A = await createTenant(sql, 'proxy-limits');
});
afterAll(async () => {
  await fake.close();
  await sql.end();
});

describe('api-proxy: rate limits', () => {
  it('500 concurrent calls against a limit of 100: exactly 100 pass, the rest are 429 with headers; one notification', async () => {
    const id = await connection('stripe');
    await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests) values (${A.orgId}, ${id}, 'day', 100)`;
    const before = fake.received.length;
    const responses = await Promise.all(Array.from({ length: 500 }, () => call(id)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(100);
    expect(statuses.filter((s) => s === 429)).toHaveLength(400);
    expect(fake.received.length - before).toBe(100);
    const limited = responses.find((r) => r.status === 429)!;
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(limited.headers.get('x-ratelimit-limit')).toBe('100');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    const reset = Number(limited.headers.get('x-ratelimit-reset'));
    expect(reset * 1000).toBeGreaterThan(Date.now());
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(Math.abs(retryAfter - (reset * 1000 - Date.now()) / 1000)).toBeLessThanOrEqual(5);
    await Promise.all(responses.filter((r) => !r.bodyUsed).map((r) => r.body?.cancel()));

    const notes = await sql`select kind, dedupe_key from public.notifications where connection_id = ${id}`;
    expect(notes).toHaveLength(1);
    expect(notes[0]!.kind).toBe('rate_limit_crossed');
    expect(notes[0]!.dedupe_key).toMatch(new RegExp(`^limit:${id}:day:\\d{4}-\\d\\d-\\d\\dT00:00:00Z$`));
    const [row] = await sql`select used from public.rate_limits where connection_id = ${id}`;
    expect(row!.used).toBe(100);
  }, 60_000);

  it('a connection without limits gets its provider\'s documented defaults on first use', async () => {
    const sandbox = await connection('stripe');
    const live = await connection('stripe', 'production');
    const whatsapp = await connection('whatsapp_business', 'production');
    for (const id of [sandbox, live, whatsapp]) expect((await call(id)).status).toBe(200);
    const rows = await sql`select connection_id, window_unit, max_requests from public.rate_limits where connection_id in ${sql([sandbox, live, whatsapp])}`;
    const limitOf = (id: string) => rows.filter((r) => r.connection_id === id).map((r) => [r.window_unit, r.max_requests]);
    expect(limitOf(sandbox)).toEqual([['second', 25]]);
    expect(limitOf(live)).toEqual([['second', 100]]);
    expect(limitOf(whatsapp)).toEqual([['second', 80]]);
  });

  it('the 429 of a second limit window tells when that window resets', async () => {
    const id = await connection('stripe');
    await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests)
      values (${A.orgId}, ${id}, 'month', 2), (${A.orgId}, ${id}, 'day', 1000)`;
    expect((await call(id)).status).toBe(200);
    expect((await call(id)).status).toBe(200);
    const limited = await call(id);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-ratelimit-limit')).toBe('2');
    const now = new Date();
    const nextMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) / 1000;
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBe(nextMonth);
  });
});
