import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, type StackConfig } from './config.ts';
import { startProcess, waitForHttp, type ManagedProcess } from './processes.ts';

const NEXT = path.join(ROOT, 'node_modules', '.bin', 'next');
const BUILD_INPUTS = ['app', 'components', 'lib', 'types', 'supabase/functions/_shared', 'proxy.ts', 'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json', 'tsconfig.next.json', 'package-lock.json'];

function hashTree(hash: ReturnType<typeof createHash>, target: string): void {
  if (!existsSync(target)) return;
  if (statSync(target).isDirectory()) {
    for (const entry of readdirSync(target).sort()) hashTree(hash, path.join(target, entry));
  } else {
    hash.update(path.relative(ROOT, target)).update(readFileSync(target));
  }
}

/** A hash of everything the production build depends on, so restarts skip an unchanged build. */
function sourceHash(): string {
  const hash = createHash('sha256');
  for (const input of BUILD_INPUTS) hashTree(hash, path.join(ROOT, input));
  return hash.digest('hex');
}

function dashboardEnv(config: StackConfig): Record<string, string | undefined> {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    SUPABASE_URL: config.apiUrl,
    SUPABASE_ANON_KEY: config.SUPABASE_ANON_KEY,
    SUPABASE_DB_URL: config.dbUrl,
    HUB_FORWARDED_IP_SECRET: config.HUB_FORWARDED_IP_SECRET,
    HUB_NEXT_DIST_DIR: config.HUB_NEXT_DIST_DIR,
  };
}

/** Builds the dashboard for production unless the last build came from the same sources. */
export async function buildDashboardIfStale(config: StackConfig, log: (line: string) => void): Promise<void> {
  const hashFile = path.join(ROOT, config.HUB_NEXT_DIST_DIR, 'hub-build-hash');
  const hash = sourceHash();
  if (existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash) return;
  log('dashboard: building for production (once per source change)…');
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', HUB_NEXT_DIST_DIR: config.HUB_NEXT_DIST_DIR };
  const build = startProcess('next build', NEXT, ['build'], { cwd: ROOT, env, log });
  const code = await new Promise<number | null>((resolve) => build.child.once('exit', resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code}); see the lines above`);
  writeFileSync(hashFile, hash);
}

/** Serves the dashboard: production build by default, `next dev` with hot reload in dev mode. */
export async function startDashboard(config: StackConfig, log: (line: string) => void, dev: boolean): Promise<ManagedProcess> {
  if (!dev) await buildDashboardIfStale(config, log);
  const args = [dev ? 'dev' : 'start', '-H', '127.0.0.1', '-p', String(config.HUB_DASHBOARD_PORT)];
  const proc = startProcess('dashboard', NEXT, args, { cwd: ROOT, env: dashboardEnv(config), log });
  await waitForHttp('Dashboard (Next.js)', `${config.dashboardUrl}/sign-in`, dev ? 120_000 : 60_000, proc);
  return proc;
}
