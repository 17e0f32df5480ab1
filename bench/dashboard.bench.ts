import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { readAnalytics } from '../lib/analytics/analytics-queries.ts';
import { resolveAnalyticsWindow } from '../lib/analytics/analytics-window.ts';
import { logCursorSchema } from '../lib/logs/log-cursor.ts';
import { exportLogs } from '../lib/logs/log-export.ts';
import { logFiltersSchema } from '../lib/logs/log-filters.schema.ts';
import { resolveLogWindow } from '../lib/logs/log-window.ts';
import { listLogs, logStats } from '../lib/logs/logs-queries.ts';
import { loadStackConfig } from '../scripts/stack/config.ts';
import { startStack } from '../scripts/stack/stack.ts';
import type { BenchResult } from './report.ts';

const LOG_ROWS = 1_000_000;
const CONNECTIONS = 50;
const ROLLUP_HOURS = 2_000; // 50 connections × 2,000 hours × 100 calls = 10,000,000 calls, all inside a quarter
const RUNS = 15;
type Sql = postgres.Sql;

/** Seeds one organization: 1M log rows over 90 days and hourly rollups counting 10M calls. */
async function seed(sql: Sql): Promise<{ orgId: string; userId: string; connectionId: string }> {
  const [org] = await sql`insert into public.organizations (name, slug) values ('Bench', 'bench-dashboard') returning id`;
  const [user] = await sql`insert into auth.users (id, aud, role, email) values (gen_random_uuid(), 'authenticated', 'authenticated', 'bench@dashboard.local') returning id`;
  await sql`insert into public.organization_members (organization_id, user_id, role) values (${org!.id}, ${user!.id}, 'viewer')`;
  await sql`
    insert into public.integration_connections (organization_id, provider_id, name, status)
    select ${org!.id}, p.id, p.name || ' ' || i, 'active'
      from generate_series(1, ${CONNECTIONS}) i
      join (select id, name, row_number() over (order by slug) as n, count(*) over () as k from public.integration_providers) p
        on p.n = 1 + i % p.k`;
  // Past months get their partitions, as the monthly ensure_log_partitions run would have made them.
  await sql`do $$ declare m date; begin
    for m in select generate_series(date_trunc('month', now() - interval '4 months'), date_trunc('month', now() - interval '1 month'), interval '1 month')::date loop
      execute format('create table if not exists log_partitions.%I partition of public.integration_logs for values from (%L) to (%L)',
        'integration_logs_' || to_char(m, 'YYYY_MM'), m::timestamp at time zone 'UTC', (m + interval '1 month')::timestamp at time zone 'UTC');
    end loop; end $$`;
  await sql`
    with c as (select array_agg(id order by name) as ids from public.integration_connections where organization_id = ${org!.id})
    insert into public.integration_logs (organization_id, connection_id, log_type, method, path, status_code, duration_ms,
      request_bytes, response_bytes, caller_type, error_code, error_message, created_at)
    select ${org!.id}, c.ids[1 + i % ${CONNECTIONS}],
           case when i % 20 = 0 then 'error' when i % 10 = 1 then 'webhook' when i % 50 = 7 then 'system' else 'request' end,
           (array['GET','GET','GET','POST','POST','PUT','PATCH','DELETE'])[1 + (i / 7) % 8],
           '/v1/' || (array['charges','customers','shipments','messages','orders'])[1 + (i / 3) % 5] || '/id_' || i,
           case when i % 20 = 0 then 500 + i % 4 when i % 11 = 0 then 400 + i % 30 when i % 37 = 0 then 302 else 200 + i % 2 end,
           ((i::bigint * 7919) % 1500)::int, 200 + i % 900, 500 + i % 4000, 'service',
           case when i % 20 = 0 then 'provider_error' end,
           case when i % 20 = 0 then 'Upstream timeout after 10 s' when i % 11 = 0 then 'Card declined' end,
           now() - (i * interval '90 days' / ${LOG_ROWS})
      from generate_series(1, ${LOG_ROWS}) i, c`;
  // request_count 100 ± k alternating hour by hour, so the total is exactly 10M.
  await sql`
    insert into public.integration_analytics (organization_id, connection_id, bucket_start, request_count, success_count,
      error_count, total_duration_ms, max_duration_ms, duration_histogram)
    select ${org!.id}, c.id, date_trunc('hour', now()) - h * interval '1 hour', n, n - n / 25, n / 25, n * (150 + h % 90), 4000 + h % 3000,
           array[n / 10, n / 10, n / 5, n / 5, n / 10, n / 10, n - (n / 10 * 4 + n / 5 * 2 + n / 20 + n / 50), n / 20, n / 50, 0, 0, 0]
      from generate_series(0, ${ROLLUP_HOURS - 1}) h
      cross join lateral (select id, row_number() over (order by id) as k from public.integration_connections where organization_id = ${org!.id}) c
      cross join lateral (select (100 + (case when h % 2 = 0 then 1 else -1 end) * (c.k % 50))::int as n) x`;
  await sql`vacuum analyze public.integration_logs`;
  await sql`vacuum analyze public.integration_analytics`;
  const [conn] = await sql`select id from public.integration_connections where organization_id = ${org!.id} order by name limit 1`;
  return { orgId: org!.id, userId: user!.id, connectionId: conn!.id };
}

/** Exactly what withRls does for a route handler: role `authenticated` and the user's claims, transaction-local. */
function asUser<T>(sql: Sql, userId: string, fn: (tx: postgres.TransactionSql) => Promise<T>): Promise<T> {
  return sql.begin(async (tx) => {
    await tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify({ sub: userId, role: 'authenticated', aud: 'authenticated' })}, true)`;
    return fn(tx);
  }) as Promise<T>;
}

async function time(run: () => Promise<unknown>): Promise<string> {
  await run(); // warm caches and the plan once, as a running dashboard would be
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return `median ${ms[Math.floor(RUNS / 2)]!.toFixed(1)} ms, max ${ms.at(-1)!.toFixed(1)} ms`;
}

/**
 * Issue 8 targets on 1,000,000 log rows and 10,000,000 rolled-up calls: first page of logs
 * with a filter ≤ 150 ms, a deep next page the same, analytics for a quarter ≤ 200 ms —
 * timed as the route handlers run them (a transaction under the user's RLS, postgres.js
 * without prepared statements), end to end from Node.
 */
export async function dashboardBench(): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-bench-dashboard-'));
  const config = loadStackConfig({
    ...process.env, SUPABASE_DB_URL: undefined, HUB_DATA_DIR: dir,
    HUB_API_PORT: '54921', HUB_DB_PORT: '54922', HUB_FUNCTIONS_PORT: '54929', HUB_DASHBOARD_PORT: '3900',
  });
  const stack = await startStack(config, { dashboard: false, scheduler: false, log: () => {} });
  const sql = postgres(config.dbUrl, { max: 2, prepare: false, onnotice: () => {} });
  try {
    const seedStarted = performance.now();
    const { orgId, userId, connectionId } = await seed(sql);
    const seeded = `${((performance.now() - seedStarted) / 1000).toFixed(1)} s`;
    const filters = (raw: Record<string, string>) => logFiltersSchema.parse(raw);
    const page = (raw: Record<string, string>, cursor?: string) => {
      const f = filters(raw);
      return asUser(sql, userId, (tx) => listLogs(tx, orgId, f, resolveLogWindow(f), cursor ? logCursorSchema.parse(cursor) : undefined));
    };
    // A cursor half a million rows deep (45 days back), found once as superuser.
    const [deep] = await sql`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '~' || id as cursor
      from public.integration_logs where organization_id = ${orgId} order by created_at desc, id desc offset 500000 limit 1`;
    const stats = (raw: Record<string, string>) => {
      const f = filters(raw);
      return asUser(sql, userId, (tx) => logStats(tx, orgId, f, resolveLogWindow(f)));
    };
    const analytics = (range: 'week' | 'month' | 'quarter') =>
      asUser(sql, userId, (tx) => readAnalytics(tx, orgId, { range }, resolveAnalyticsWindow({ range })));
    const quarter = await analytics('quarter');
    let exported = 0;
    const exportStarted = performance.now();
    await asUser(sql, userId, async (tx) => (exported = await exportLogs(tx, orgId, filters({ range: '90d' }), resolveLogWindow(filters({ range: '90d' })), async () => {})));
    const exportMs = performance.now() - exportStarted;
    return {
      name: `dashboard queries under RLS, ${LOG_ROWS.toLocaleString('en')} log rows, ${quarter.totals.requests.toLocaleString('en')} rolled-up calls in the quarter`,
      rows: [
        ['seeding (generate_series + vacuum analyze)', seeded],
        ['logs first page, status 5xx, last 24 h', `${await time(() => page({ status: '5xx' }))} (target ≤ 150 ms)`],
        ['logs first page, POST + 4xx, last 7 d', `${await time(() => page({ method: 'POST', status: '4xx', range: '7d' }))} (target ≤ 150 ms)`],
        ['logs first page, one connection, errors, 90 d', `${await time(() => page({ connection: connectionId, type: 'error', range: '90d' }))} (target ≤ 150 ms)`],
        ['logs deep next page (500,000 rows back), 5xx, 90 d', `${await time(() => page({ status: '5xx', range: '90d' }, deep!.cursor))} (target ≤ 150 ms)`],
        ['logs deep next page, no filter, 90 d', `${await time(() => page({ range: '90d' }, deep!.cursor))} (target ≤ 150 ms)`],
        ['logs search "timeout", last 24 h', await time(() => page({ q: 'timeout' }))],
        ['logs statistics, last 24 h (~11k rows)', await time(() => stats({}))],
        ['logs statistics, last 7 d, 5xx', await time(() => stats({ range: '7d', status: '5xx' }))],
        ['logs statistics, 90 d, no filter (1M rows)', await time(() => stats({ range: '90d' }))],
        ['analytics, week (hourly)', await time(() => analytics('week'))],
        ['analytics, month (daily)', await time(() => analytics('month'))],
        ['analytics, quarter (daily)', `${await time(() => analytics('quarter'))} (target ≤ 200 ms)`],
        ['CSV export, 90 d (capped)', `${exported.toLocaleString('en')} rows in ${(exportMs / 1000).toFixed(2)} s`],
      ],
    };
  } finally {
    await sql.end();
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
