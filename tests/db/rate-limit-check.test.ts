import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const sql = superuserSql();
let A: Tenant;
beforeAll(async () => {
  A = await createTenant(sql, 'limits');
  await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests)
            values (${A.orgId}, ${A.connectionId}, 'minute', 3), (${A.orgId}, ${A.connectionId}, 'day', 1000)`;
});
afterAll(() => sql.end());

async function check(cost = 1) {
  const [row] = await sql`select public.check_rate_limit(${A.connectionId}, ${cost}) as r`;
  return row!.r as { allowed: boolean; limits: Array<{ window: string; limit: number; remaining: number; reset_at: string }> };
}

describe('check_rate_limit', () => {
  it('admits up to the tightest window, then refuses without counting the refusal', async () => {
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await check());
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    const last = results[4]!;
    expect(last.limits.map((l) => [l.window, l.limit, l.remaining])).toEqual([['minute', 3, 0], ['day', 1000, 997]]);
    expect(new Date(last.limits[0]!.reset_at).getUTCSeconds()).toBe(0);
  });

  it('never admits more than the limit under concurrency', async () => {
    const B = await createTenant(sql, 'limits-b');
    await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests) values (${B.orgId}, ${B.connectionId}, 'hour', 20)`;
    const pool = superuserSql();
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, () => pool`select (public.check_rate_limit(${B.connectionId}) ->> 'allowed')::boolean as ok`.then((r) => r[0]!.ok)),
    );
    await pool.end();
    expect(outcomes.filter(Boolean).length).toBe(20);
  });

  it('rejects a non-positive cost', async () => {
    await expect(check(0)).rejects.toThrow(/positive/);
  });
});
