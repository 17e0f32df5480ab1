import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { loadStackConfig } from '../scripts/stack/config.ts';
import { startStack } from '../scripts/stack/stack.ts';
import { startFakeProvider } from '../tests/support/fake-provider.ts';
import type { BenchResult } from './report.ts';

const CONNECTIONS = 1000;
const HANGING = 100;

/**
 * Issue 7 target: 1,000 connections against loopback fakes of which 10 % never answer,
 * all classified in ≤ 12 s (the 10 s timeout bounds the hanging ones; bounded
 * concurrency keeps the rest from queueing behind them). Baseline in the same run: the
 * same 1,000 checks with every fake answering.
 */
export async function healthBench(): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-bench-health-'));
  const config = loadStackConfig({
    ...process.env, SUPABASE_DB_URL: undefined, HUB_DATA_DIR: dir,
    HUB_API_PORT: '54721', HUB_DB_PORT: '54722', HUB_FUNCTIONS_PORT: '54729', HUB_DASHBOARD_PORT: '3400',
  });
  const routes: Record<string, { status: number; hang?: boolean }> = {};
  const fake = await startFakeProvider({ routes });
  const stack = await startStack(config, { dashboard: false, scheduler: false, log: () => {} });
  const sql = postgres(config.dbUrl, { max: 2, onnotice: () => {} });
  try {
    // Only the bench's connections are due: the seeded demo connections are paused.
    await sql`update public.integration_connections set status = 'disabled'`;
    const [org] = await sql`insert into public.organizations (name, slug) values ('Bench', 'bench-health') returning id`;
    await sql`
      insert into public.integration_connections (organization_id, provider_id, name, status, base_url_override)
      select ${org!.id}, p.id, 'bench ' || i, 'active', ${fake.origin} || '/c' || i
      from generate_series(1, ${CONNECTIONS}) i, public.integration_providers p where p.slug = 'stripe'`;
    await sql.begin(async (tx) => {
      await tx`select set_config('role', 'service_role', true), set_config('request.jwt.claims', '{"role":"service_role"}', true)`;
      await tx`select public.set_credential(c.id, 'secret_key', 'sk_test_bench0000000000000000', ${config.CREDENTIALS_ENCRYPTION_KEY}, ${config.CREDENTIALS_KEY_ID})
               from public.integration_connections c where c.organization_id = ${org!.id}`;
    });

    const run = async () => {
      await sql`update public.integration_connections set last_health_check_at = null where organization_id = ${org!.id}`;
      const started = performance.now();
      const res = await fetch(`${config.apiUrl}/functions/v1/health-monitor`, {
        method: 'POST',
        headers: { 'x-scheduler-secret': config.SCHEDULER_SECRET, 'content-type': 'application/json' },
        body: '{}',
        signal: AbortSignal.timeout(120_000),
      });
      const body = (await res.json()) as { checked: number; healthy: number; degraded: number; down: number };
      return { ms: performance.now() - started, ...body };
    };

    const baseline = await run();
    for (let i = 1; i <= HANGING; i++) routes[`/c${i * (CONNECTIONS / HANGING)}/v1/balance`] = { status: 200, hang: true };
    const withHangs = await run();
    const split = (r: typeof baseline) => `${r.checked} checked: ${r.healthy} healthy, ${r.degraded} degraded, ${r.down} down`;
    return {
      name: `health monitor, ${CONNECTIONS} connections (Stripe-shaped fakes on loopback)`,
      rows: [
        ['all answering (baseline)', `${(baseline.ms / 1000).toFixed(2)} s — ${split(baseline)}`],
        [`${HANGING} never answer (10 s timeout)`, `${(withHangs.ms / 1000).toFixed(2)} s — ${split(withHangs)} (target ≤ 12 s; ${(withHangs.ms / baseline.ms).toFixed(1)}× baseline)`],
      ],
    };
  } finally {
    await sql.end();
    await stack.stop();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
