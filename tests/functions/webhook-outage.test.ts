import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStackConfig, type StackConfig } from '../../scripts/stack/config.ts';
import { startFunctions } from '../../scripts/stack/functions-runtime.ts';
import { applyMigrations } from '../../scripts/stack/migrate.ts';
import { applyPlatform } from '../../scripts/stack/platform.ts';
import type { ManagedProcess } from '../../scripts/stack/processes.ts';
import { startPostgres, type RunningPostgres } from '../../scripts/stack/postgres.ts';
import { createTenant } from '../support/tenants.ts';
import { createWebhookEndpoint, send, stripeDelivery, stripeEvent } from '../unit/webhook-processing/webhook-fixtures.ts';

// Its own Postgres and Deno (not the shared test stack), so stopping this Postgres breaks
// nothing else that runs meanwhile.
const SECRET = 'whsec_outage_test_secret';
const log: string[] = [];
const quiet = (line: string) => log.push(line);
let dataDir: string;
let config: StackConfig;
let pg: RunningPostgres;
let functions: ManagedProcess;
let sql: postgres.Sql;
let endpointId: string;

const freePort = () => new Promise<number>((resolve, reject) => {
  const server = net.createServer().once('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as net.AddressInfo;
    server.close(() => resolve(port));
  });
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'hub-webhook-outage-'));
  const [db, fn, api, dash] = [await freePort(), await freePort(), await freePort(), await freePort()];
  config = loadStackConfig({
    ...process.env, SUPABASE_DB_URL: undefined, HUB_DATA_DIR: dataDir,
    HUB_DB_PORT: String(db), HUB_FUNCTIONS_PORT: String(fn), HUB_API_PORT: String(api), HUB_DASHBOARD_PORT: String(dash),
  });
  pg = await startPostgres(config, quiet);
  await applyPlatform(pg.url);
  await applyMigrations(pg.url, { seed: false });
  functions = await startFunctions(config, quiet);
  sql = postgres(pg.url, { max: 2, onnotice: () => {} });
  const tenant = await createTenant(sql, 'webhook-outage');
  ({ endpointId } = await createWebhookEndpoint(sql, {
    orgId: tenant.orgId, slug: 'stripe', credentials: { webhook_signing_secret: SECRET }, credentialsKey: config.CREDENTIALS_ENCRYPTION_KEY,
  }));
}, 180_000);

afterAll(async () => {
  await sql?.end({ timeout: 2 }).catch(() => {});
  await functions?.stop();
  await pg?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Postgres stops in the middle of a delivery burst', () => {
  it('senders get 503 while it is down, and every event that got a 2xx is stored afterwards', async () => {
    const url = `${config.functionsUrl}/webhook-handler/${endpointId}`;
    type Phase = 'up' | 'down' | 'restarted' | 'recovered';
    // A delivery counts for a phase only if it started and ended in it: one in flight when
    // Postgres stops may rightly be refused.
    const answers: Array<{ id: string; phase: Phase | 'between'; status: number; ms: number }> = [];
    let phase: Phase = 'up';
    let n = 0;
    const deliver = async (at: Phase) => {
      const id = `evt_outage_${n++}`;
      const started = Date.now();
      const res = await send(url, stripeDelivery(SECRET, stripeEvent(id, 'payment_intent.succeeded', { id: `pi_${id}` }))).catch(() => ({ status: 0 }));
      answers.push({ id, phase: at === phase ? at : 'between', status: res.status, ms: Date.now() - started });
      return res.status;
    };
    let stop = false;
    const senders = Array.from({ length: 8 }, async () => {
      while (!stop) if ((await deliver(phase)) !== 200) await sleep(20);
    });
    await sleep(1_500);
    phase = 'down';
    await sql.end({ timeout: 1 });
    await pg.stop();
    await sleep(2_000);
    pg = await startPostgres(config, quiet);
    sql = postgres(pg.url, { max: 2, onnotice: () => {} });
    phase = 'restarted';
    // Bounded wait until a delivery is stored again, then a last second of traffic.
    for (let i = 0; i < 150 && (await deliver('restarted')) !== 200; i++) await sleep(100);
    phase = 'recovered';
    await sleep(1_000);
    stop = true;
    await Promise.all(senders);

    const of = (p: Phase) => answers.filter((a) => a.phase === p);
    expect(new Set(of('up').map((a) => a.status))).toEqual(new Set([200]));
    const refused = of('down').filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    // Answered within the intake's database timeout (5 s), so providers retry promptly.
    expect(Math.max(...refused.map((a) => a.ms))).toBeLessThan(6_500);
    expect(of('recovered').length).toBeGreaterThan(10);
    expect(new Set(of('recovered').map((a) => a.status))).toEqual(new Set([200]));
    // Nothing but "stored" (200) and "retry later" (503): no 500s, no dropped connections.
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200, 503]));
    const acknowledged = answers.filter((a) => a.status === 200).map((a) => a.id);
    const stored = new Set((await sql`select provider_event_id from public.webhook_events where endpoint_id = ${endpointId}`).map((r) => r.provider_event_id as string));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(50);
  }, 60_000);
});
