import type postgres from 'postgres';
import type { JWTPayload } from 'jose';
import type { Sql } from '../_shared/db.ts';

export type Tx = postgres.TransactionSql;

/**
 * Runs `fn` in one transaction as the calling user, exactly as PostgREST would: role
 * `authenticated` and the verified JWT claims (plus client_ip for the audit trail), so
 * RLS and the security-definer checks decide what the user may do. Throwing rolls back.
 */
export async function asCaller<T>(sql: Sql, claims: JWTPayload, ip: string | null, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const settings = JSON.stringify({ ...claims, client_ip: ip ?? undefined });
  const result = await sql.begin(async (tx) => {
    await tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${settings}, true)`;
    return fn(tx);
  });
  return result as T;
}
