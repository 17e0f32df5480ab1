import path from 'node:path';
import { loadStackConfig, ROOT, type StackConfig } from '../../scripts/stack/config.ts';

/**
 * The test stack's configuration: the default ports plus 100 (plus HUB_TEST_PORT_OFFSET,
 * so two test runs can share a machine) and its own data and build folders. With
 * SUPABASE_DB_URL set, the database tests use that server (CI's PostgreSQL 15).
 */
export function testStackConfig(env: Record<string, string | undefined> = process.env): StackConfig {
  const offset = Number(env.HUB_TEST_PORT_OFFSET ?? '0');
  const port = (base: number) => String(base + offset);
  const suffix = offset ? `-${offset}` : '';
  return loadStackConfig({
    ...env,
    HUB_API_PORT: port(54421),
    HUB_DB_PORT: port(54422),
    HUB_FUNCTIONS_PORT: port(54429),
    HUB_DASHBOARD_PORT: port(3100),
    HUB_DATA_DIR: path.join(ROOT, `.test-data${suffix}`),
    HUB_NEXT_DIST_DIR: `.next-test${suffix}`,
  });
}
