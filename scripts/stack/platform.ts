import { readFile } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import { ROOT } from './config.ts';

/** Applies the Supabase platform pieces that are missing (see platform.sql). */
export async function applyPlatform(dbUrl: string): Promise<void> {
  const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(await readFile(path.join(ROOT, 'scripts/stack/platform.sql'), 'utf8'));
  } finally {
    await sql.end();
  }
}
