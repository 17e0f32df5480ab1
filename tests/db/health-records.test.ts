import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const sql = superuserSql();
let A: Tenant;
beforeAll(async () => {
  A = await createTenant(sql, 'health-records');
});
afterAll(() => sql.end());

describe('health records', () => {
  it('due_health_checks honours each connection\'s own interval and skips disabled ones', async () => {
    await sql`update public.integration_connections set last_health_check_at = now() - interval '2 minutes',
              settings = '{"health_interval_seconds": 60}' where id = ${A.connectionId}`;
    const due = async () => (await sql`select connection_id from public.due_health_checks(100000)`).map((r) => r.connection_id);
    expect(await due()).toContain(A.connectionId);
    await sql`update public.integration_connections set settings = '{"health_interval_seconds": 600}' where id = ${A.connectionId}`;
    expect(await due()).not.toContain(A.connectionId);
    await sql`update public.integration_connections set last_health_check_at = null, status = 'disabled' where id = ${A.connectionId}`;
    expect(await due()).not.toContain(A.connectionId);
  });

  it('repeated results do not notify again; only changes of state do', async () => {
    const record = (status: string) => sql`select public.record_health_check(${A.connectionId}, ${status}::public.health_status, 10, 200, null, 'test')`;
    for (const s of ['healthy', 'healthy', 'degraded', 'degraded', 'down', 'down', 'healthy']) await record(s);
    const notes = await sql`select title from public.notifications where connection_id = ${A.connectionId} and kind = 'health_changed' order by created_at`;
    expect(notes.map((n) => String(n.title).replace('Stripe main ', ''))).toEqual(['is degraded', 'is down', 'recovered']);
  });

  it('prune_health_history deletes only results older than the retention', async () => {
    await sql`insert into public.integration_health (organization_id, connection_id, status, checked_at)
              select ${A.orgId}, ${A.connectionId}, 'healthy', now() - interval '40 days' from generate_series(1, 5)`;
    const before = (await sql`select count(*)::int as n from public.integration_health where connection_id = ${A.connectionId}`)[0]!.n;
    const [{ pruned }] = (await sql`select public.prune_health_history(interval '30 days') as pruned`) as unknown as [{ pruned: number }];
    expect(pruned).toBeGreaterThanOrEqual(5);
    const after = (await sql`select count(*)::int as n from public.integration_health where connection_id = ${A.connectionId}`)[0]!.n;
    expect(after).toBe(before - 5);
  });
});
