import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { loadStackConfig } from '../scripts/stack/config.ts';
import { startStack } from '../scripts/stack/stack.ts';
import { createTenant } from '../tests/support/tenants.ts';
import { createWebhookEndpoint, stripeDelivery, stripeEvent } from '../tests/unit/webhook-processing/webhook-fixtures.ts';
import type { BenchResult } from './report.ts';

const SECRET = 'whsec_bench_signing_secret';
const quiet = () => {};

interface Shot {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

// The senders run in their own thread, like providers on their own machines: the gateway
// then has this thread's event loop to itself. Shots are signed beforehand (the provider
// signs, not us) and each is sent once; a sender stops at the time limit or when they run out.
const SENDERS = `
const http = require('node:http');
const { parentPort, workerData: { port, concurrency, seconds, shots } } = require('node:worker_threads');
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const latencies = []; let ok = 0; let next = 0;
const until = performance.now() + seconds * 1000; const started = performance.now();
const send = (s) => new Promise((resolve, reject) => {
  const t = performance.now();
  const req = http.request({ host: '127.0.0.1', port, agent, method: s.method, path: s.path, headers: s.headers }, (res) => {
    res.resume(); res.on('end', () => { latencies.push(performance.now() - t); if (res.statusCode === 200) ok++; resolve(); });
  });
  req.on('error', reject); req.end(s.body);
});
Promise.all(Array.from({ length: concurrency }, async () => {
  while (performance.now() < until && next < shots.length) await send(shots[next++]);
})).then(() => { agent.destroy(); parentPort.postMessage({ ok, latencies, elapsed: (performance.now() - started) / 1000, exhausted: next >= shots.length }); });
`;

async function load(port: number, concurrency: number, seconds: number, shots: Shot[]) {
  const worker = new Worker(SENDERS, { eval: true, workerData: { port, concurrency, seconds, shots } });
  const r = await new Promise<{ ok: number; latencies: number[]; elapsed: number; exhausted: boolean }>((resolve, reject) => {
    worker.once('message', resolve).once('error', reject);
  });
  await worker.terminate();
  const sorted = r.latencies.sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { ok: r.ok, total: sorted.length, perSecond: r.ok / r.elapsed, p50: pct(0.5), p99: pct(0.99), exhausted: r.exhausted };
}

/**
 * Issue 5 targets: signed Stripe-style events verified and stored ≥ 2,000/s at 50 concurrent
 * senders, p99 ≤ 25 ms at 10; a duplicate storm (1,000 events × 10 concurrent sends) ends with
 * exactly 1,000 events, each processed once. Baseline in the same run: the `status` function
 * (gateway + Deno + one database round trip, no signature, no insert) at the same concurrency.
 */
export async function webhooksBench(): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-bench-webhooks-'));
  const config = loadStackConfig({
    ...process.env, SUPABASE_DB_URL: undefined, HUB_DATA_DIR: dir,
    HUB_API_PORT: '57321', HUB_DB_PORT: '57322', HUB_FUNCTIONS_PORT: '57329', HUB_DASHBOARD_PORT: '6000',
  });
  const stack = await startStack(config, { dashboard: false, scheduler: false, log: quiet });
  const sql = postgres(config.dbUrl, { max: 4, onnotice: () => {} });
  try {
    const tenant = await createTenant(sql, 'bench-webhooks');
    const endpoint = (slug = 'stripe') => createWebhookEndpoint(sql, {
      orgId: tenant.orgId, slug, credentials: { webhook_signing_secret: SECRET }, credentialsKey: config.CREDENTIALS_ENCRYPTION_KEY,
    });
    const hot = await endpoint();
    const run = randomUUID().slice(0, 8);
    let n = 0;
    const signed = (endpointId: string, id = `evt_${run}_${n++}`): Shot => {
      const d = stripeDelivery(SECRET, stripeEvent(id, 'payment_intent.succeeded', { id: `pi_${id}`, object: 'payment_intent', amount: 25000, currency: 'aed' }));
      return { method: 'POST', path: `/functions/v1/webhook-handler/${endpointId}`, headers: d.headers, body: d.body };
    };
    const shots = (count: number) => Array.from({ length: count }, () => signed(hot.endpointId));
    const status = Array.from({ length: 100_000 }, (): Shot => ({ method: 'GET', path: '/functions/v1/status' }));
    const port = config.HUB_API_PORT;

    await load(port, 50, 2, shots(10_000)); // warm-up: JIT, pools, endpoint cache
    await load(port, 50, 1, status);
    const baseTput = await load(port, 50, 5, status);
    const tputShots = shots(40_000);
    const before = await sql`select count(*)::int as n from public.webhook_events where endpoint_id = ${hot.endpointId}`;
    const tput = await load(port, 50, 5, tputShots);
    const after = await sql`select count(*)::int as n from public.webhook_events where endpoint_id = ${hot.endpointId}`;
    const storedDelta = after[0]!.n - before[0]!.n;
    const baseLat = await load(port, 10, 3, status);
    const lat = await load(port, 10, 3, shots(20_000));
    if (tput.exhausted || lat.exhausted || baseTput.exhausted) throw new Error('the benchmark ran out of pre-signed events; raise the counts');
    // The storm's worker run should see only the storm's events.
    await sql`delete from public.webhook_events where endpoint_id = ${hot.endpointId}`;

    // Each event's 10 copies sit side by side, so 100 senders send them at the same moment.
    const storm = await endpoint();
    const stormShots = Array.from({ length: 1000 }, (_, i) => signed(storm.endpointId, `evt_storm_${run}_${i}`)).flatMap((shot) => Array(10).fill(shot) as Shot[]);
    let t = performance.now();
    const stormSend = await load(port, 100, 120, stormShots);
    const stormSendMs = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < 50; i++) {
      const res = await fetch(`${config.apiUrl}/functions/v1/webhook-handler/_worker`, {
        method: 'POST', headers: { authorization: `Bearer ${config.SUPABASE_SERVICE_ROLE_KEY}` }, body: '{"limit":200}',
      });
      if ((await res.json()).claimed === 0) break;
    }
    const stormWorkMs = performance.now() - t;
    const rows = await sql`select status, attempts, count(*)::int as n from public.webhook_events where endpoint_id = ${storm.endpointId} group by 1, 2`;

    const f = (x: number) => x.toFixed(1);
    return {
      name: 'webhook intake (signed Stripe-style events through the gateway)',
      rows: [
        ['baseline: GET status, 50 concurrent', `${Math.round(baseTput.perSecond)} req/s`],
        ['webhooks verified + stored, 50 concurrent', `${Math.round(tput.perSecond)} events/s (target ≥ 2,000; ${f(tput.perSecond / baseTput.perSecond * 100)} % of baseline); ${tput.ok}/${tput.total} answered 200, ${storedDelta} rows stored`],
        ['baseline: GET status, 10 concurrent', `p50 ${f(baseLat.p50)} ms, p99 ${f(baseLat.p99)} ms`],
        ['webhooks, 10 concurrent', `p50 ${f(lat.p50)} ms, p99 ${f(lat.p99)} ms (target p99 ≤ 25 ms; ${f(lat.p99 / baseLat.p99)}× baseline p99)`],
        ['duplicate storm: 1,000 events × 10 concurrent sends', `${f(stormSendMs / 1000)} s; ${stormSend.ok}/${stormShots.length} answered 200`],
        ['  then the worker', `${f(stormWorkMs / 1000)} s; rows: ${rows.map((r) => `${r.n} ${r.status} after ${r.attempts} attempt(s)`).join(', ')} (target: exactly 1,000 processed after 1 attempt)`],
      ],
    };
  } finally {
    await sql.end({ timeout: 2 });
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
