import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadStackConfig, ROOT } from '../scripts/stack/config.ts';
import { startPostgres } from '../scripts/stack/postgres.ts';
import { startStack } from '../scripts/stack/stack.ts';
import type { BenchResult } from './report.ts';

const quiet = () => {};

/**
 * Foundation targets: `npm start` ready in < 90 s from a fresh clone (after npm install),
 * a restart in < 20 s. Baseline in the same run: the bare embedded Postgres, cold and warm.
 */
export async function startupBench(): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  const config = loadStackConfig({
    ...process.env,
    SUPABASE_DB_URL: undefined,
    HUB_DATA_DIR: dir,
    HUB_API_PORT: '54621',
    HUB_DB_PORT: '54622',
    HUB_FUNCTIONS_PORT: '54629',
    HUB_DASHBOARD_PORT: '3300',
    HUB_NEXT_DIST_DIR: '.next-bench',
  });
  try {
    let t = performance.now();
    const pg = await startPostgres(config, quiet);
    const pgCold = performance.now() - t;
    await pg.stop();
    t = performance.now();
    const pg2 = await startPostgres(config, quiet);
    const pgWarm = performance.now() - t;
    await pg2.stop();
    rmSync(dir, { recursive: true, force: true });

    // Cold: fresh database and a forced production build of the dashboard.
    rmSync(path.join(ROOT, config.HUB_NEXT_DIST_DIR, 'hub-build-hash'), { force: true });
    t = performance.now();
    let stack = await startStack(config, { log: quiet, scheduler: false });
    const cold = performance.now() - t;
    await stack.stop();

    t = performance.now();
    stack = await startStack(config, { log: quiet, scheduler: false });
    const warm = performance.now() - t;
    await stack.stop();

    return {
      name: 'local stack start (npm start)',
      rows: [
        ['embedded Postgres alone, cold (baseline)', `${(pgCold / 1000).toFixed(2)} s`],
        ['embedded Postgres alone, warm (baseline)', `${(pgWarm / 1000).toFixed(2)} s`],
        ['whole stack, cold: fresh DB + dashboard build', `${(cold / 1000).toFixed(1)} s (target < 90 s; ${(cold / pgCold).toFixed(1)}× bare Postgres)`],
        ['whole stack, restart', `${(warm / 1000).toFixed(2)} s (target < 20 s; ${(warm / pgWarm).toFixed(1)}× bare Postgres)`],
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
