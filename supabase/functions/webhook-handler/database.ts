// The webhook handler's connection pool, which must fail fast and recover fast: a provider
// waiting on a dead database should get a 503 in seconds (so it retries), and deliveries
// should succeed again as soon as the database is back.
import postgres from 'postgres';
import type { Sql } from '../_shared/db.ts';
import { classifyDbError } from '../_shared/webhook-processing/db-errors.ts';

export interface Database {
  /** The current pool (call per use: it is replaced after an outage). */
  sql(): Sql;
  /** Reports a failure; one that means "database unreachable" replaces the pool. */
  failed(err: unknown): void;
}

/**
 * Prepared statements roughly double the intake's insert rate (measured: ~3,400 → ~7,400
 * per second on the local database), but Supabase's transaction pooler (port 6543) cannot
 * keep them. So they are used unless the URL is that pooler's, or WEBHOOK_DB_PREPARE says.
 */
export function usePreparedStatements(url: string, override?: string): boolean {
  if (override === 'true' || override === 'false') return override === 'true';
  try {
    return new URL(url).port !== '6543';
  } catch {
    return false;
  }
}

/**
 * Settings as in _shared/db.ts except for prepare (above), plus a short connect timeout. Measured with postgres.js under Deno: when Postgres restarts, queries
 * on connections it was closing can hang for 15-20 s before they fail, and they hold
 * pool slots meanwhile. So after an "unavailable" failure the whole pool is replaced
 * (at most once a second); the old one gets a second to finish what is healthy.
 */
export function connectWebhookDatabase(url: string | undefined, max: number, prepareOverride?: string, now: () => number = Date.now): Database {
  if (!url) throw new Error('SUPABASE_DB_URL is not set for this function');
  const prepare = usePreparedStatements(url, prepareOverride);
  const open = () => postgres(url, { max, prepare, idle_timeout: 30, connect_timeout: 3, onnotice: () => {} });
  let pool = open();
  let replacedAt = 0;
  return {
    sql: () => pool,
    failed(err) {
      if (classifyDbError(err) !== 'unavailable' || now() - replacedAt < 1_000) return;
      replacedAt = now();
      const old = pool;
      pool = open();
      old.end({ timeout: 1 }).catch(() => {});
    },
  };
}
