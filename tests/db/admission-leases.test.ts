import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admitCalls, type AdmissionRequest } from '../../supabase/functions/_shared/proxy/admit.ts';
import { AdmissionBatcher } from '../../supabase/functions/_shared/proxy/admission-batcher.ts';
import { AdmissionLeases } from '../../supabase/functions/_shared/proxy/admission-leases.ts';
import { releasePermits } from '../../supabase/functions/_shared/proxy/release-permits.ts';
import { asActor } from '../support/db.ts';
import { superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

// PROXY_ADMISSION=lease against the real admit_calls: permits are counted in Postgres before
// they are spent, so the limit holds exactly under concurrency, as in the default mode.
const sql = superuserSql();
let A: Tenant;
beforeAll(async () => {
  A = await createTenant(sql, 'leases');
});
afterAll(() => sql.end());

/** Releases under way, so a test can wait for them. */
const releasing: Promise<void>[] = [];
const leasesOver = (pool: ReturnType<typeof superuserSql>, now: () => number = Date.now) => {
  const batcher = new AdmissionBatcher((connectionId, requests) => admitCalls(pool, connectionId, requests));
  const leases = new AdmissionLeases((connectionId, request, count) => batcher.admitAll(connectionId, Array(count).fill(request)),
    { ttlMs: 1000, maxLease: 64, now, release: (connectionId, template, count) => void releasing.push(releasePermits(pool, connectionId, template, count)) });
  leases.setLive(true);
  return leases;
};
async function freshConnection(name: string, window = 'day', limit = 1_000_000): Promise<string> {
  const [conn] = await sql`insert into public.integration_connections (organization_id, provider_id, name, status)
    select ${A.orgId}, id, ${name}, 'active' from public.integration_providers where slug = 'stripe' returning id`;
  await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests)
            values (${A.orgId}, ${conn!.id}, ${window}::public.rate_window, ${limit})`;
  return conn!.id as string;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const used = async (connectionId: string, window: string) =>
  (await sql`select used from public.rate_limits where connection_id = ${connectionId} and window_unit = ${window}::public.rate_window`)[0]!.used as number;

describe('leased admission (real admit_calls)', () => {
  it('500 concurrent calls against a limit of 100 from two instances: exactly 100 pass, and the database counted 100', async () => {
    await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests) values (${A.orgId}, ${A.connectionId}, 'hour', 100)`;
    const [one, two] = [superuserSql(), superuserSql()];
    const request: AdmissionRequest = { caller: { kind: 'service' }, minRole: 'viewer', cost: 1 };
    const [a, b] = [leasesOver(one), leasesOver(two)];
    const outcomes = await Promise.all(Array.from({ length: 500 }, (_, i) => (i % 2 ? a : b).admit(A.connectionId, request)));
    await Promise.all([one.end(), two.end()]);
    expect(outcomes.filter((o) => o.outcome === 'ok').length).toBe(100);
    expect(new Set(outcomes.map((o) => o.outcome))).toEqual(new Set(['ok', 'limited']));
    const [row] = await sql`select used from public.rate_limits where connection_id = ${A.connectionId} and window_unit = 'hour'`;
    expect(row!.used).toBe(100);
  });

  it('a key with its own limit of 3 a minute gets exactly 3, however its permits are leased', async () => {
    const id = await freshConnection('Stripe key limit');
    const [created] = await asActor(sql, A.admin, (tx) => tx`select public.create_api_key(${A.orgId}, 'three', ${[id]}::uuid[], false, 3) as k`, { commit: true });
    const [{ key_hash: keyHash }] = await sql`select key_hash from public.api_keys where id = ${created!.k.id}` as unknown as [{ key_hash: string }];
    const request: AdmissionRequest = { caller: { kind: 'api_key', keyHash }, minRole: 'viewer', cost: 1 };
    const leases = leasesOver(sql);
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push((await leases.admit(id, request)).outcome);
    expect(outcomes).toEqual(['ok', 'ok', 'ok', 'limited', 'limited']);
  });

  it('gives back what lapsed unspent, in the window it was counted in; a window that turned over is left alone', async () => {
    const id = await freshConnection('Stripe leases');
    let now = Date.now();
    const leases = leasesOver(sql, () => now);
    const request: AdmissionRequest = { caller: { kind: 'service' }, minRole: 'viewer', cost: 1 };
    for (let i = 0; i < 20; i++) await leases.admit(id, request); // leases of 1 … 16: 11 left
    expect(await used(id, 'day')).toBe(31);
    now += 2000;
    leases.sweep();
    await Promise.all(releasing);
    expect(await used(id, 'day')).toBe(20);
    await sql`select public.release_permits(${id}, 5, ${sql.json([{ window: 'day', reset_at: '2020-01-02T00:00:00Z' }])})`;
    expect(await used(id, 'day')).toBe(20);
  });

  it('gives nothing back to a limit row that replaced the one the permits were counted in', async () => {
    const id = await freshConnection('Stripe replaced limit');
    let now = Date.now();
    const leases = leasesOver(sql, () => now);
    const request: AdmissionRequest = { caller: { kind: 'service' }, minRole: 'viewer', cost: 1 };
    for (let i = 0; i < 20; i++) await leases.admit(id, request); // 31 counted, 11 held
    await sql`delete from public.rate_limits where connection_id = ${id}`;
    await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests) values (${A.orgId}, ${id}, 'day', 1000000)`;
    await sql`select public.admit_calls(${id}, ${sql.json(Array.from({ length: 5 }, () => ({ caller_type: 'service', cost: 1 })))})`;
    expect(await used(id, 'day')).toBe(5);
    now += 2000;
    leases.sweep();
    await Promise.all(releasing);
    expect(await used(id, 'day')).toBe(5); // the 11 unspent belonged to the deleted row
  });

  it('a batch that waited for the limit rows across a window\'s end decides for the window it is counted in', async () => {
    const id = await freshConnection('Stripe per second', 'second', 10);
    const batch = sql.json(Array.from({ length: 10 }, () => ({ caller_type: 'service', cost: 1 })));
    while (Date.now() % 1000 < 600 || Date.now() % 1000 > 700) await sleep(5); // late in a second
    const other = superuserSql();
    let waiting: Promise<Array<{ a: Array<{ outcome: string }> }>> | undefined;
    await sql.begin(async (tx) => {
      await tx`select 1 from public.rate_limits where connection_id = ${id} for update`;
      // Sent now (execute: postgres.js sends a query only when awaited otherwise); it blocks on the row.
      waiting = other`select public.admit_calls(${id}, ${batch}) as a`.execute() as unknown as typeof waiting;
      await sleep(50);
      while (Date.now() % 1000 > 600) await sleep(5); // the next second has begun
      await sleep(20);
      // Another batch fills that next second while the first one waits.
      await tx`update public.rate_limits set window_started_at = date_trunc('second', clock_timestamp() at time zone 'UTC') at time zone 'UTC', used = 10
               where connection_id = ${id}`;
    });
    const [row] = await waiting!;
    await other.end();
    expect(row!.a.filter((d) => d.outcome === 'ok')).toHaveLength(0);
    const [limit] = await sql`select used from public.rate_limits where connection_id = ${id}`;
    expect(limit!.used).toBe(10);
  });
});
