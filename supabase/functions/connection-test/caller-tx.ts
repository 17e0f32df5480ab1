import type postgres from 'postgres';
import type { JWTPayload } from 'jose';
import type { Sql } from '../_shared/db.ts';
import { isIpLiteral } from '../_shared/outbound/ip-classify.ts';

export type Tx = postgres.TransactionSql;

/**
 * The end user's address for the credential audit: the first x-forwarded-for hop (the
 * gateway sets it). Anything that is not an IP literal is dropped rather than risk
 * private.request_ip() failing the whole write on a bad cast.
 */
export function clientIp(req: Request): string | null {
  const first = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? '';
  // Brackets and zone ids parse as IPv6 here but not as Postgres inet.
  return first !== '' && !/[[%]/.test(first) && isIpLiteral(first) ? first : null;
}

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
