import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './config.ts';

const SUPABASE_CLI = path.join(ROOT, 'node_modules', '.bin', 'supabase');

/** The CLI talks to a plain local server without TLS; a URL that already chose an sslmode keeps it. */
function withSslMode(dbUrl: string): string {
  const url = new URL(dbUrl);
  if (!url.searchParams.has('sslmode')) {
    const local = ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(url.hostname);
    url.searchParams.set('sslmode', local ? 'disable' : 'require');
  }
  return url.toString();
}

/** Seed data is demo data: it goes only into databases on this machine. */
export function isLocalDatabase(dbUrl: string): boolean {
  return ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(new URL(dbUrl).hostname);
}

/**
 * Applies supabase/migrations in order with the real Supabase CLI (`db push`), which
 * records each in supabase_migrations.schema_migrations exactly as on hosted Supabase,
 * then supabase/seed.sql once (the CLI remembers seeded files by hash).
 */
export async function applyMigrations(dbUrl: string, options: { seed: boolean }): Promise<string> {
  const args = ['db', 'push', '--db-url', withSslMode(dbUrl), '--yes'];
  if (options.seed) args.push('--include-seed');
  return new Promise((resolve, reject) => {
    const child = spawn(SUPABASE_CLI, args, {
      cwd: ROOT,
      env: { ...process.env, SUPABASE_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      // The CLI may echo the connection string; never let the password reach a log.
      const safe = output.replace(/postgres(ql)?:\/\/[^\s@]+@/g, 'postgresql://***@');
      if (code === 0) resolve(safe);
      else reject(new Error(`supabase db push failed (exit ${code}):\n${safe.trim()}`));
    });
  });
}
