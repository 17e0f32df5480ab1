import type postgres from 'postgres';
import type { Sql } from '../db.ts';
import type { CredentialKeys } from '../vault/keys.ts';
import type { Secrets } from '../outbound/types.ts';

export type Tx = postgres.TransactionSql;

/**
 * Makes the rest of a transaction run as the service role. With `actingUserId` the claims
 * also carry the user, so set_credential records the admin who connected (updated_by and
 * the credential audit) while the service role does the privileged write.
 */
export async function becomeService(tx: Tx, actingUserId?: string | null): Promise<void> {
  const claims = JSON.stringify(actingUserId ? { role: 'service_role', sub: actingUserId } : { role: 'service_role' });
  await tx`select set_config('role', 'service_role', true), set_config('request.jwt.claims', ${claims}, true)`;
}

export async function asService<T>(sql: Sql, fn: (tx: Tx) => Promise<T>, actingUserId?: string | null): Promise<T> {
  const result = await sql.begin(async (tx) => {
    await becomeService(tx, actingUserId);
    return fn(tx);
  });
  return result as T;
}

/**
 * Runs `fn` as the signed-in user, exactly as PostgREST would (role authenticated plus the
 * verified claims), so RLS answers what the user may see and do.
 */
export async function asUser<T>(sql: Sql, claims: Record<string, unknown>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await sql.begin(async (tx) => {
    await tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`;
    return fn(tx);
  });
  return result as T;
}

/** A connection's decrypted fields inside the caller's transaction; get_connection_secrets audits the read. */
export async function readSecretsInTx(
  tx: Tx,
  keys: CredentialKeys,
  connectionId: string,
  actor: { type: 'user' | 'service' | 'scheduler'; id?: string | null; purpose: string },
): Promise<Secrets> {
  const [row] = await tx`select public.get_connection_secrets(${connectionId}, ${tx.json(keys.all)}, ${actor.type},
    ${actor.id ?? null}, ${actor.purpose}, null) as secrets`;
  return (row?.secrets ?? {}) as Secrets;
}
