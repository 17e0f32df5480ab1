import { readdirSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/stack/config.ts';
import { applyMigrations } from '../../scripts/stack/migrate.ts';
import { applyPlatform } from '../../scripts/stack/platform.ts';
import { superuserSql } from '../support/db.ts';

const sql = superuserSql();
const files = readdirSync(path.join(ROOT, 'supabase/migrations')).filter((f) => f.endsWith('.sql')).sort();
const created: string[] = [];

function urlFor(database: string): string {
  const base = new URL(process.env.SUPABASE_DB_URL ?? `postgresql://postgres:postgres@${sql.options.host[0]}:${sql.options.port[0]}/postgres`);
  base.pathname = `/${database}`;
  return base.toString();
}

async function freshDatabase(): Promise<string> {
  const name = `migrate_check_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await sql.unsafe(`create database ${name}`);
  created.push(name);
  return urlFor(name);
}

afterAll(async () => {
  for (const name of created) await sql.unsafe(`drop database if exists ${name} with (force)`);
  await sql.end();
});

describe('migrations', () => {
  it('apply from zero on a fresh database, twice in a row, and are recorded', async () => {
    for (let round = 1; round <= 2; round++) {
      const url = await freshDatabase();
      await applyPlatform(url);
      await applyPlatform(url); // the platform layer is idempotent too
      const first = await applyMigrations(url, { seed: true });
      expect(first).toContain('Finished supabase db push');
      const again = await applyMigrations(url, { seed: true });
      expect(again).toMatch(/up to date/i);
      const db = postgres(url, { max: 1, onnotice: () => {} });
      try {
        const versions = await db`select version from supabase_migrations.schema_migrations order by version`;
        expect(versions.map((v) => v.version)).toEqual(files.map((f) => f.split('_')[0]));
        const [counts] = await db`select (select count(*)::int from public.integration_providers) as providers,
                                          (select count(*)::int from public.integration_connections) as connections`;
        expect(counts).toEqual({ providers: 16, connections: 5 });
      } finally {
        await db.end();
      }
    }
  }, 120_000);
});

describe('schedule', () => {
  it('install_cron_schedule is skipped cleanly where pg_cron and pg_net are absent', async () => {
    const [row] = await sql`select private.install_cron_schedule() as n`;
    expect(row!.n).toBe(0);
    const entries = await sql`select name, schedule, kind from private.schedule where enabled order by name`;
    expect(entries.map((e) => e.name)).toEqual(['hub-health-checks', 'hub-health-history', 'hub-log-partitions', 'hub-notification-emails', 'hub-oauth-refresh', 'hub-webhook-retries']);
  });
});
