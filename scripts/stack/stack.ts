import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { createAuthHandler } from './auth/handler.ts';
import type { StackConfig } from './config.ts';
import { startDashboard } from './dashboard.ts';
import { loadFunctions } from './function-config.ts';
import { startFunctions } from './functions-runtime.ts';
import { startGateway } from './gateway.ts';
import { applyMigrations, isLocalDatabase } from './migrate.ts';
import { applyPlatform } from './platform.ts';
import { assertPortFree, startPostgres } from './postgres.ts';
import { startScheduler, type Scheduler } from './scheduler.ts';

export interface StackOptions {
  dev?: boolean;
  dashboard?: boolean;
  scheduler?: boolean;
  log?: (line: string) => void;
}

export interface RunningStack {
  config: StackConfig;
  scheduler?: Scheduler;
  stop(): Promise<void>;
}

/**
 * Brings up the whole local stack in dependency order: Postgres, the Supabase platform
 * pieces, migrations and seed, the auth gateway (Node), the functions in Deno with the API
 * front door (/functions/v1 in-process, /auth/v1 passed to the auth gateway), the
 * scheduler and the dashboard. If any part fails, what already started is stopped again.
 */
export async function startStack(config: StackConfig, options: StackOptions = {}): Promise<RunningStack> {
  const log = options.log ?? ((line: string) => console.log(line));
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((err: unknown) => log(`stop: ${(err as Error).message}`));
    stops.length = 0;
  };
  try {
    await assertPortFree(config.HUB_API_PORT, 'API gateway');
    await assertPortFree(config.HUB_FUNCTIONS_PORT, 'functions runtime');
    if (options.dashboard !== false) await assertPortFree(config.HUB_DASHBOARD_PORT, 'dashboard');

    const pg = await startPostgres(config, log);
    stops.push(() => pg.stop());
    await applyPlatform(pg.url);
    await applyMigrations(pg.url, { seed: isLocalDatabase(pg.url) });

    const sql = postgres(pg.url, { max: 5, onnotice: () => {} });
    stops.push(() => sql.end({ timeout: 2 }));
    const gateway: http.Server = await startGateway({
      port: 0,
      jwtSecret: config.JWT_SECRET,
      apiKeys: [config.SUPABASE_ANON_KEY, config.SUPABASE_SERVICE_ROLE_KEY],
      auth: createAuthHandler({ sql, jwtSecret: config.JWT_SECRET, issuer: `${config.apiUrl}/auth/v1` }),
    });
    stops.push(() => new Promise<void>((resolve) => { gateway.closeAllConnections(); gateway.close(() => resolve()); }));

    // Deno serves the functions and the API port in front of them (auth passed to the gateway above).
    const functions = loadFunctions();
    const authUpstream = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
    const deno = await startFunctions(config, log, options.dev, { authUpstream, functions });
    stops.push(() => deno.stop());

    let scheduler: Scheduler | undefined;
    if (options.scheduler !== false) {
      scheduler = await startScheduler(config, functions, log);
      stops.push(() => scheduler!.stop());
    }

    if (options.dashboard !== false) {
      const dashboard = await startDashboard(config, log, options.dev ?? false);
      stops.push(() => dashboard.stop());
    }
    return { config, scheduler, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
