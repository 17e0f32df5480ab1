import path from 'node:path';
import { ROOT, type StackConfig } from './config.ts';
import type { FunctionInfo } from './function-config.ts';
import { startProcess, waitForHttp, type ManagedProcess } from './processes.ts';

const DENO = path.join(ROOT, 'node_modules', '.bin', 'deno');

/** The environment a deployed function gets from Supabase (and `supabase secrets set`). */
export function functionEnv(config: StackConfig): Record<string, string | undefined> {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DENO_NO_UPDATE_CHECK: '1',
    SUPABASE_URL: config.apiUrl,
    SUPABASE_ANON_KEY: config.SUPABASE_ANON_KEY,
    SUPABASE_SERVICE_ROLE_KEY: config.SUPABASE_SERVICE_ROLE_KEY,
    SUPABASE_DB_URL: config.dbUrl,
    SUPABASE_JWT_SECRET: config.JWT_SECRET,
    CREDENTIALS_ENCRYPTION_KEY: config.CREDENTIALS_ENCRYPTION_KEY,
    CREDENTIALS_KEY_ID: config.CREDENTIALS_KEY_ID,
    SCHEDULER_SECRET: config.SCHEDULER_SECRET,
    HUB_FORWARDED_IP_SECRET: config.HUB_FORWARDED_IP_SECRET,
    // Where OAuth callbacks send the browser back to.
    HUB_DASHBOARD_URL: config.dashboardUrl,
    // Local stack and tests only: lets connections point at fake providers on loopback.
    HUB_ALLOW_PRIVATE_UPSTREAMS: 'true',
    HUB_FUNCTIONS_PORT: String(config.HUB_FUNCTIONS_PORT),
    PROXY_ADMISSION: config.PROXY_ADMISSION,
  };
}

/** The API front door, served by the same Deno process: where to pass /auth/v1, which functions verify JWTs. */
export interface FrontDoor {
  authUpstream: string;
  functions: FunctionInfo[];
}

/**
 * Runs every edge function in one real Deno process (supabase/functions/_local/serve.ts),
 * and, given `frontDoor`, the API port in front of them (supabase/functions/_local/front-door.ts).
 */
export async function startFunctions(config: StackConfig, log: (line: string) => void, watch = false, frontDoor?: FrontDoor): Promise<ManagedProcess> {
  const args = [
    'run',
    '--config', path.join(ROOT, 'supabase/functions/deno.json'),
    '--allow-net', '--allow-env', '--allow-read', '--allow-sys',
    // Deno.serve aborts a request's signal only when its client goes away, not after every answer.
    '--unstable-no-legacy-abort',
    ...(watch ? ['--watch'] : []),
    path.join(ROOT, 'supabase/functions/_local/serve.ts'),
  ];
  const env = {
    ...functionEnv(config),
    ...(frontDoor && {
      HUB_API_PORT: String(config.HUB_API_PORT),
      HUB_AUTH_UPSTREAM: frontDoor.authUpstream,
      HUB_VERIFY_JWT_FUNCTIONS: frontDoor.functions.filter((f) => f.verifyJwt).map((f) => f.name).join(','),
    }),
  };
  const proc = startProcess('functions', DENO, args, { cwd: ROOT, env, log });
  await waitForHttp('Edge functions (Deno)', `${config.functionsUrl}/status`, 60_000, proc);
  if (frontDoor) await waitForHttp('API gateway', `${config.apiUrl}/health`, 60_000, proc);
  return proc;
}
