import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../stack/config.ts';

const PG_META = path.join(ROOT, 'node_modules/@supabase/postgres-meta/dist/server/server.js');

/**
 * Supabase's own type generator (postgres-meta, what `supabase gen types` runs in Docker),
 * run directly with Node against a live database. Returns the TypeScript source.
 */
export function generateDatabaseTypes(dbUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = {
      PATH: process.env.PATH,
        PG_META_DB_URL: dbUrl,
        PG_META_GENERATE_TYPES: 'typescript',
        PG_META_GENERATE_TYPES_INCLUDED_SCHEMAS: 'public',
        PG_META_GENERATE_TYPES_DETECT_ONE_TO_ONE_RELATIONSHIPS: 'true',
    };
    const child = spawn(process.execPath, [PG_META], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && out.includes('export type Database')) resolve(out);
      else reject(new Error(`postgres-meta type generation failed (exit ${code}): ${err.replace(/postgres(ql)?:\/\/\S+/g, '***').slice(-500)}`));
    });
  });
}
