import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack } from '../../scripts/stack/stack.ts';
import { testStackConfig } from './test-config.ts';

export interface TestStackInfo {
  dbUrl: string;
  apiUrl: string;
  dashboardUrl: string;
  functionsUrl: string;
  anonKey: string;
  serviceRoleKey: string;
  jwtSecret: string;
  credentialsKey: string;
  embedded: boolean;
  dashboard: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: TestStackInfo;
  }
}

/**
 * Starts a fresh local stack for the whole run: a new embedded database (so every run
 * also proves the migrations apply from zero), functions, gateway and dashboard.
 * HUB_TEST_NO_DASHBOARD=1 skips the dashboard (CI's PostgreSQL 15 pass runs DB tests only).
 */
export default async function setup(project: TestProject) {
  const config = testStackConfig();
  rmSync(config.HUB_DATA_DIR, { recursive: true, force: true });
  const dashboard = process.env.HUB_TEST_NO_DASHBOARD !== '1';
  const lines: string[] = [];
  const stack = await startStack(config, {
    dashboard,
    scheduler: false,
    log: (line) => {
      lines.push(line);
      if (process.env.HUB_TEST_VERBOSE) console.log(line);
    },
  }).catch((err: unknown) => {
    console.error(lines.slice(-40).join('\n'));
    throw err;
  });
  project.provide('stack', {
    dbUrl: config.dbUrl,
    apiUrl: config.apiUrl,
    dashboardUrl: config.dashboardUrl,
    functionsUrl: config.functionsUrl,
    anonKey: config.SUPABASE_ANON_KEY,
    serviceRoleKey: config.SUPABASE_SERVICE_ROLE_KEY,
    jwtSecret: config.JWT_SECRET,
    credentialsKey: config.CREDENTIALS_ENCRYPTION_KEY,
    embedded: config.embedded,
    dashboard,
  });
  return async () => {
    await stack.stop();
    if (config.embedded) rmSync(path.join(config.HUB_DATA_DIR), { recursive: true, force: true });
  };
}
