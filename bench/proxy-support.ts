import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { loadStackConfig, type StackConfig } from '../scripts/stack/config.ts';
import { startStack } from '../scripts/stack/stack.ts';

// Shared by the proxy benchmarks (exact and leased admission): the load client, the
// upstream and floor processes, CPU accounting, and the proxied connection's data.
// One keep-alive agent for every client call, direct or proxied, so both pay the same.
export const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export function send(url: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { agent, method: body ? 'POST' : 'GET', headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject).end(body);
  });
}

/** `total` calls from `concurrency` workers; latency percentiles, rate and failures. */
export async function load(call: () => Promise<boolean>, concurrency: number, total: number) {
  const latencies: number[] = [];
  let [next, failures] = [0, 0];
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next++ < total) {
      const t = performance.now();
      if (!(await call().catch(() => false))) failures++;
      latencies.push(performance.now() - t);
    }
  }));
  const perSecond = (total / (performance.now() - started)) * 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  return { p50: pct(50), p99: pct(99), perSecond, failures };
}

/** startFakeProvider in its own process: here it would share one event loop with the load client and the gateway. */
export async function upstreamProcess() {
  const fake = JSON.stringify(new URL('../tests/support/fake-provider.ts', import.meta.url).href);
  const start = `import(${fake}).then((m) => m.startFakeProvider()).then((f) => console.log(f.origin))`;
  const child = spawn(process.execPath, [...process.execArgv, '-e', start], { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (d) => resolve(String(d).trim()));
    child.once('exit', () => reject(new Error('the fake upstream exited')));
  });
  return { origin, stop: () => child.kill() };
}

/** supabase/functions/_local/bare-pass-through.ts in its own Deno process, passing calls to `upstream`. */
export async function bareDenoProxy(upstream: string) {
  const deno = path.join(path.dirname(new URL(import.meta.url).pathname), '../node_modules/.bin/deno');
  const script = new URL('../supabase/functions/_local/bare-pass-through.ts', import.meta.url).pathname;
  const child = spawn(deno, ['run', '--allow-net', script, upstream], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DENO_NO_UPDATE_CHECK: '1' } });
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (d) => resolve(String(d).trim()));
    child.once('exit', () => reject(new Error('the bare Deno proxy exited')));
  });
  return { origin, pid: child.pid!, stop: () => child.kill() };
}

/** CPU seconds of a process and its reaped children, from /proc (Linux, 100 ticks/s). */
export const cpuOf = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ').slice(11, 15).reduce((a, t) => a + Number(t), 0) / 100;
const childrenOf = (pid: number, name: string) => spawnSync('pgrep', ['-P', String(pid), name]).stdout.toString().split('\n').filter(Boolean).map(Number);
/** CPU seconds so far of [this process (load client + gateway), Deno, Postgres (postmaster + backends)]. */
export function stackCpu(): number[] {
  const { user, system } = process.cpuUsage();
  const [deno, postmaster] = [childrenOf(process.pid, 'deno'), childrenOf(process.pid, 'postgres')];
  const total = (pids: number[]) => pids.reduce((a, pid) => a + cpuOf(pid), 0);
  return [(user + system) / 1e6, total(deno), total(postmaster) + total(postmaster.flatMap((pid) => childrenOf(pid, 'postgres')))];
}
export const f = (ms: number) => `${ms.toFixed(2)} ms`;
/**
 * An organization with a Stripe-shaped connection to `upstream` (secret stored, a generous
 * daily limit) and an API key scoped to it; `connection` makes more connections like it.
 */
export async function seedProxied(sql: postgres.Sql, config: StackConfig, upstream: string, slug: string) {
  const [org] = await sql`insert into public.organizations (name, slug) values ('Bench', ${slug}) returning id`;
  const connection = async (name: string, limit: number) => {
    const [row] = await sql`insert into public.integration_connections (organization_id, provider_id, name, status, base_url_override)
      select ${org!.id}, p.id, ${name}, 'active', ${`${upstream}/up`} from public.integration_providers p where p.slug = 'stripe' returning id`;
    await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests) values (${org!.id}, ${row!.id}, 'day', ${limit})`;
    return row!.id as string;
  };
  const proxied = await connection('bench proxy', 100_000_000);
  const key = await sql.begin(async (tx) => { // the secret and an API key scoped to the connection
    await tx`select set_config('role', 'service_role', true), set_config('request.jwt.claims', '{"role":"service_role"}', true)`;
    await tx`select public.set_credential(${proxied}, 'secret_key', 'sk_test_bench0000000000000000', ${config.CREDENTIALS_ENCRYPTION_KEY}, ${config.CREDENTIALS_KEY_ID})`;
    return (await tx`select public.create_api_key(${org!.id}, 'bench', ${[proxied]}::uuid[], false, null) as k`)[0]!.k.key as string;
  });
  return { proxied, key, connection };
}

/** A call that counts as passed when it answers 200. */
export const ok = (url: string, headers: Record<string, string> = {}) => async () => (await send(url, headers)).status === 200;

/**
 * A stack of its own for one proxy benchmark (fresh data directory, no dashboard or
 * scheduler), the loopback upstream, a pool to seed and inspect with; close() stops all.
 */
export async function proxyBenchStack(name: string, ports: Record<string, string>, env: Record<string, string> = {}, poolSize = 4) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `hub-bench-${name}-`));
  const config = loadStackConfig({ ...process.env, SUPABASE_DB_URL: undefined, HUB_DATA_DIR: dir, ...env, ...ports });
  const upstream = await upstreamProcess();
  const stack = await startStack(config, { dashboard: false, scheduler: false, log: () => {} });
  const sql = postgres(config.dbUrl, { max: poolSize, prepare: false, onnotice: () => {} });
  const close = async () => {
    agent.destroy();
    await sql.end();
    await stack.stop();
    upstream.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return { config, upstream, sql, close };
}
