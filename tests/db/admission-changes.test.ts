import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { admitCalls, type AdmissionRequest } from '../../supabase/functions/_shared/proxy/admit.ts';
import { AdmissionBatcher } from '../../supabase/functions/_shared/proxy/admission-batcher.ts';
import { ADMISSION_CHANNEL, hearAdmissionChanges } from '../../supabase/functions/_shared/proxy/admission-changes.ts';
import { AdmissionLeases, type AdmissionChange } from '../../supabase/functions/_shared/proxy/admission-leases.ts';
import { asActor, superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

// Migration 002400's announcements, heard the way the proxy hears them: over a listening
// session of its own, trusted only once a probe sent on it came back.
const sql = superuserSql();
const KEY = inject('stack').credentialsKey;
const APP = `hub-admission-test-${randomUUID().slice(0, 8)}`;
let A: Tenant;
const heard: AdmissionChange[] = [];
const leases = new AdmissionLeases(
  (() => {
    const batcher = new AdmissionBatcher((connectionId, requests) => admitCalls(sql, connectionId, requests));
    return (connectionId: string, request: AdmissionRequest, count: number) => batcher.admitAll(connectionId, Array(count).fill(request));
  })(),
  { ttlMs: 60_000, maxLease: 64, now: Date.now },
);
const recorder = {
  changed(change: AdmissionChange) {
    heard.push(change);
    leases.changed(change);
  },
  setLive: (live: boolean) => leases.setLive(live),
  get live() {
    return leases.live;
  },
};
const hearing = hearAdmissionChanges({
  url: inject('stack').dbUrl, listener: recorder, log: () => {}, applicationName: APP, retryMs: 50, probeEveryMs: 60_000,
});

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

/** Runs `change` and returns what was announced for tenant A (a marker notification closes the set). */
async function announced(change: () => Promise<unknown>): Promise<AdmissionChange[]> {
  heard.length = 0;
  await change();
  const marker = randomUUID();
  await sql`select pg_notify(${ADMISSION_CHANNEL}, ${`connection:${marker}`})`;
  await until(() => heard.some((c) => typeof c === 'object' && 'connectionId' in c && c.connectionId === marker), 'the marker');
  // Other test files change their own tenants meanwhile: keep what concerns this one.
  return heard.filter((c) => c === 'everything'
    || ('connectionId' in c && c.connectionId === A.connectionId) || ('organizationId' in c && c.organizationId === A.orgId));
}

beforeAll(async () => {
  A = await createTenant(sql, 'admission-changes');
  await until(() => leases.live, 'the listener to be live');
});
afterAll(async () => {
  await hearing.close();
  await sql.end();
});

describe('admission changes are announced', () => {
  it('on what changes who may call or what a call uses, and not on health results or counters', async () => {
    const connection = { connectionId: A.connectionId };
    const organization = { organizationId: A.orgId };
    expect(await announced(() => asActor(sql, A.admin, (tx) =>
      tx`select public.set_credential(${A.connectionId}, 'secret_key', 'sk_test_announce', ${KEY}, 'local-1')`, { commit: true }))).toEqual([connection]);
    expect(await announced(() => sql`update public.integration_connections set settings = '{"a": 1}' where id = ${A.connectionId}`)).toEqual([connection]);
    expect(await announced(() => sql`update public.integration_connections set health_status = 'degraded', last_used_at = now() where id = ${A.connectionId}`)).toEqual([]);
    expect(await announced(() => sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests)
                                     values (${A.orgId}, ${A.connectionId}, 'month', 1000000)`)).toEqual([connection]);
    expect(await announced(() => sql`update public.rate_limits set used = used + 1 where connection_id = ${A.connectionId}`)).toEqual([]);
    expect(await announced(() => sql`update public.rate_limits set max_requests = 999999 where connection_id = ${A.connectionId} and window_unit = 'month'`)).toEqual([connection]);
    expect(await announced(() => sql`update public.organization_members set role = 'admin' where user_id = ${A.viewer.id}`)).toEqual([organization]);
    const hash = randomBytes(32).toString('hex');
    expect(await announced(() => sql`insert into public.api_keys (organization_id, name, prefix, key_hash, all_connections)
                                     values (${A.orgId}, 'k', 'hub_live_abcd', ${hash}, true)`)).toEqual([]);
    expect(await announced(() => sql`update public.api_keys set last_used_at = now(), used = 1 where key_hash = ${hash}`)).toEqual([]);
    expect(await announced(() => sql`update public.api_keys set revoked_at = now() where key_hash = ${hash}`)).toEqual([organization]);
    expect(await announced(() => sql`delete from public.api_keys where key_hash = ${hash}`)).toEqual([organization]);
    expect(await announced(() => sql`delete from public.organization_members where user_id = ${A.viewer.id}`)).toEqual([organization]);
    expect(await announced(() => sql`update public.integration_connections set status = 'active' where id = ${A.connectionId} and status = 'active'`)).toEqual([]);
    expect(await announced(() => sql.begin(async (tx) => {
      await tx`update public.integration_connections set status = 'disabled' where id = ${A.connectionId}`;
      throw new Error('rolled back');
    }).catch(() => {}))).toEqual([]);
  });

  it('a revoked key holding leased permits fails on its next admission, and a lost session stops leasing until it is back', async () => {
    const [created] = await asActor(sql, A.admin, (tx) => tx`select public.create_api_key(${A.orgId}, 'leases', ${[A.connectionId]}::uuid[]) as k`, { commit: true });
    const key = created!.k as { id: string; key: string };
    const keyHash = (await sql`select key_hash from public.api_keys where id = ${key.id}`)[0]!.key_hash as string;
    const request: AdmissionRequest = { caller: { kind: 'api_key', keyHash }, minRole: 'viewer', cost: 1 };
    for (let i = 0; i < 20; i++) expect((await leases.admit(A.connectionId, request)).outcome).toBe('ok');
    const [{ used: before }] = await sql`select used from public.rate_limits where connection_id = ${A.connectionId} and window_unit = 'month'` as unknown as [{ used: number }];
    expect((await leases.admit(A.connectionId, request)).outcome).toBe('ok'); // spent from a lease: nothing counted
    const [{ used: after }] = await sql`select used from public.rate_limits where connection_id = ${A.connectionId} and window_unit = 'month'` as unknown as [{ used: number }];
    expect(after).toBe(before);

    const changes = await announced(() => asActor(sql, A.admin, (tx) => tx`select public.revoke_api_key(${key.id})`, { commit: true }));
    expect(changes).toEqual([{ organizationId: A.orgId }]);
    expect((await leases.admit(A.connectionId, request)).outcome).toBe('unauthorized');

    const [terminated] = await sql`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where application_name = ${APP}`;
    expect(terminated!.n).toBe(1);
    await until(() => !leases.live, 'the listener to notice');
    await until(() => leases.live, 'the listener to be back (probe heard)');
    expect(await announced(() => sql`update public.integration_connections set settings = '{"b": 2}' where id = ${A.connectionId}`))
      .toEqual([{ connectionId: A.connectionId }]);
  });
});
