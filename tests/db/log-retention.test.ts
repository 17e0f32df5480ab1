import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const sql = superuserSql();
let A: Tenant;
beforeAll(async () => {
  A = await createTenant(sql, 'retention');
});
afterAll(() => sql.end());

describe('log partitions and retention', () => {
  it('log_api_call writes the entry and folds it into the hour rollup with its latency bucket', async () => {
    await sql`select public.log_api_call(${A.orgId}, ${A.connectionId}, 'request', 'GET', '/v1/balance', 200, 42)`;
    await sql`select public.log_api_call(${A.orgId}, ${A.connectionId}, 'error', 'POST', '/v1/charges', 502, 7, p_error_code => 'provider_failed')`;
    const [rollup] = await sql`select request_count, success_count, error_count, total_duration_ms, max_duration_ms, duration_histogram
                               from public.integration_analytics where connection_id = ${A.connectionId}`;
    expect(rollup).toEqual({
      request_count: 2, success_count: 1, error_count: 1, total_duration_ms: '49', max_duration_ms: 42,
      duration_histogram: [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    });
    const [{ partition }] = await sql`select tableoid::regclass::text as partition from public.integration_logs where connection_id = ${A.connectionId} limit 1` as unknown as [{ partition: string }];
    expect(partition).toMatch(/^log_partitions\.integration_logs_\d{4}_\d{2}$/);
  });

  it('refuses to log a connection under another organization', async () => {
    const B = await createTenant(sql, 'retention-b');
    await expect(sql`select public.log_api_call(${B.orgId}, ${A.connectionId}, 'request')`).rejects.toThrow(/does not belong/);
  });

  it('drops whole expired monthly partitions without touching newer ones', async () => {
    await sql.unsafe(`create table if not exists log_partitions.integration_logs_2019_01 partition of public.integration_logs
                      for values from ('2019-01-01 00:00+00') to ('2019-02-01 00:00+00')`);
    await sql`insert into public.integration_logs (organization_id, log_type, created_at) values (${A.orgId}, 'system', '2019-01-15')`;
    const before = await sql`select count(*)::int as n from public.integration_logs where organization_id = ${A.orgId}`;
    const [{ dropped }] = await sql`select public.drop_expired_log_partitions(interval '5 years') as dropped` as unknown as [{ dropped: number }];
    expect(dropped).toBe(1);
    expect(await sql`select to_regclass('log_partitions.integration_logs_2019_01') as r`).toEqual([{ r: null }]);
    const after = await sql`select count(*)::int as n from public.integration_logs where organization_id = ${A.orgId}`;
    expect(after[0]!.n).toBe(before[0]!.n - 1);
    expect(await sql`select public.ensure_log_partitions(3) as made`).toEqual([{ made: 0 }]);
  });
});
