import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadStackConfig, ROOT } from './stack/config.ts';
import { applyMigrations } from './stack/migrate.ts';
import { applyPlatform } from './stack/platform.ts';
import { startPostgres } from './stack/postgres.ts';
import { generateDatabaseTypes } from './types/generate.ts';

/**
 * `npm run gen:types`: applies the migrations to a throwaway embedded database and writes
 * types/database.ts from it, so the types always describe the migrations, not whatever
 * state a developer's database is in.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hub-types-'));
const config = loadStackConfig({ ...process.env, SUPABASE_DB_URL: undefined, HUB_DATA_DIR: dataDir, HUB_DB_PORT: process.env.HUB_TYPES_DB_PORT ?? '54399' });
const pg = await startPostgres(config, console.error);
try {
  await applyPlatform(pg.url);
  await applyMigrations(pg.url, { seed: false });
  const source = await generateDatabaseTypes(pg.url);
  writeFileSync(path.join(ROOT, 'types/database.ts'), source);
  console.log('types/database.ts written');
} finally {
  await pg.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
