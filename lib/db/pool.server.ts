import 'server-only';
import postgres from 'postgres';
import { getServerEnv } from '@/lib/env.server';

export type Sql = postgres.Sql;
export type Tx = postgres.TransactionSql;

// Cached on globalThis so dev hot reloads reuse one pool instead of leaking connections.
const globalForDb = globalThis as typeof globalThis & { __hubSql?: Sql };

/** The dashboard's one connection pool, created on first use (never at build time). */
export function getSql(): Sql {
  globalForDb.__hubSql ??= postgres(getServerEnv().SUPABASE_DB_URL, {
    // Supabase's transaction pooler cannot keep named prepared statements.
    prepare: false,
    max: 10,
    idle_timeout: 20,
    connect_timeout: 10,
    connection: { application_name: 'integrations-hub-dashboard' },
  });
  return globalForDb.__hubSql;
}
