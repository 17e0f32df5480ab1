import path from 'node:path';
import { loadStackConfig, ROOT, type StackConfig } from '../../scripts/stack/config.ts';

/**
 * The test stack's configuration: the default ports plus 100 and its own data folder,
 * unless SUPABASE_DB_URL points the database tests at another server (CI's PostgreSQL 15).
 */
export function testStackConfig(env: Record<string, string | undefined> = process.env): StackConfig {
  return loadStackConfig({
    ...env,
    HUB_API_PORT: env.HUB_TEST_API_PORT ?? '54421',
    HUB_DB_PORT: env.HUB_TEST_DB_PORT ?? '54422',
    HUB_FUNCTIONS_PORT: env.HUB_TEST_FUNCTIONS_PORT ?? '54429',
    HUB_DASHBOARD_PORT: env.HUB_TEST_DASHBOARD_PORT ?? '3100',
    HUB_DATA_DIR: path.join(ROOT, '.test-data'),
  });
}
