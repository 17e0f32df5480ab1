import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addRateLimit, listRateLimits, removeRateLimit, updateRateLimit } from '../../lib/rate-limits/rate-limits.ts';
import { asActor, superuserSql, type Sql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

// The editor's queries are server-only modules; here they run against the test database
// exactly as withRls runs them (role authenticated + the user's claims).
vi.mock('server-only', () => ({}));

let sql: Sql;
let a: Tenant;
let b: Tenant;

const idOf = async (t: Tenant, window: string) =>
  (await sql`select id from public.rate_limits where connection_id = ${t.connectionId} and window_unit = ${window}::public.rate_window`)[0]?.id as string | undefined;

beforeAll(async () => {
  sql = superuserSql();
  a = await createTenant(sql, 'ratelimit-a');
  b = await createTenant(sql, 'ratelimit-b');
});
afterAll(() => sql?.end());

describe('rate limit editor queries under RLS', () => {
  it('an admin adds one row per window; a second row for the same window is a duplicate', async () => {
    const input = { connection_id: a.connectionId, window_unit: 'minute' as const, max_requests: 100 };
    expect(await asActor(sql, a.admin, (tx) => addRateLimit(tx, a.orgId, input), { commit: true })).toBe('ok');
    expect(await asActor(sql, a.admin, (tx) => addRateLimit(tx, a.orgId, { ...input, max_requests: 5 }), { commit: true })).toBe('duplicate');
    const [row] = await sql`select max_requests, used, window_started_at from public.rate_limits where connection_id = ${a.connectionId}`;
    expect(row).toEqual({ max_requests: 100, used: 0, window_started_at: null });
  });

  it('lists the current window: used, remaining and the reset time, ignoring a stale counter', async () => {
    await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests, window_started_at, used)
      values (${a.orgId}, ${a.connectionId}, 'day', 1000, date_trunc('day', now() at time zone 'UTC') at time zone 'UTC', 40),
             (${a.orgId}, ${a.connectionId}, 'month', 9, now() - interval '40 days', 9)`;
    const rows = await asActor(sql, a.viewer, (tx) => listRateLimits(tx, a.connectionId));
    expect(rows.map((r) => [r.window_unit, r.max_requests, r.used, r.remaining])).toEqual([
      ['minute', 100, 0, 100], ['day', 1000, 40, 960], ['month', 9, 0, 9],
    ]);
    const day = rows.find((r) => r.window_unit === 'day')!;
    const midnight = new Date(); midnight.setUTCHours(24, 0, 0, 0);
    expect(day.reset_at.getTime()).toBe(midnight.getTime());
  });

  it('an admin edits a limit without touching the live counter, and removes a window', async () => {
    const day = (await idOf(a, 'day'))!;
    expect(await asActor(sql, a.admin, (tx) => updateRateLimit(tx, a.orgId, { id: day, max_requests: 2000 }), { commit: true })).toBe('ok');
    const [row] = await sql`select max_requests, used from public.rate_limits where id = ${day}`;
    expect(row).toEqual({ max_requests: 2000, used: 40 });
    const month = (await idOf(a, 'month'))!;
    expect(await asActor(sql, a.admin, (tx) => removeRateLimit(tx, a.orgId, month), { commit: true })).toBe('ok');
    expect(await idOf(a, 'month')).toBeUndefined();
  });

  it('a viewer reads but cannot add, edit or remove', async () => {
    const minute = (await idOf(a, 'minute'))!;
    expect((await asActor(sql, a.viewer, (tx) => listRateLimits(tx, a.connectionId))).length).toBe(2);
    await expect(asActor(sql, a.viewer, (tx) => addRateLimit(tx, a.orgId, { connection_id: a.connectionId, window_unit: 'hour', max_requests: 1 })))
      .rejects.toMatchObject({ code: '42501' });
    expect(await asActor(sql, a.viewer, (tx) => updateRateLimit(tx, a.orgId, { id: minute, max_requests: 1 }), { commit: true })).toBe('not_found');
    expect(await asActor(sql, a.viewer, (tx) => removeRateLimit(tx, a.orgId, minute), { commit: true })).toBe('not_found');
    expect((await sql`select max_requests from public.rate_limits where id = ${minute}`)[0]?.max_requests).toBe(100);
  });

  it('another organization\'s admin neither sees nor changes the limits, even naming their organization', async () => {
    const minute = (await idOf(a, 'minute'))!;
    expect(await asActor(sql, b.admin, (tx) => listRateLimits(tx, a.connectionId))).toEqual([]);
    for (const org of [a.orgId, b.orgId]) {
      expect(await asActor(sql, b.admin, (tx) => addRateLimit(tx, org, { connection_id: a.connectionId, window_unit: 'hour', max_requests: 1 }), { commit: true })).toBe('not_found');
      expect(await asActor(sql, b.admin, (tx) => updateRateLimit(tx, org, { id: minute, max_requests: 1 }), { commit: true })).toBe('not_found');
      expect(await asActor(sql, b.admin, (tx) => removeRateLimit(tx, org, minute), { commit: true })).toBe('not_found');
    }
    expect(await idOf(a, 'hour')).toBeUndefined();
    expect((await sql`select max_requests from public.rate_limits where id = ${minute}`)[0]?.max_requests).toBe(100);
  });
});
