import type { Sql } from '../db.ts';
import type { CredentialKeys } from './keys.ts';

export type Secrets = Record<string, string>;

export interface SecretsRequest {
  connectionId: string;
  actorType: 'user' | 'api_key' | 'service' | 'scheduler';
  actorId?: string | null;
  purpose: string;
  ip?: string | null;
}

/**
 * A connection's decrypted secret fields, through get_connection_secrets (which audits
 * the read). Runs as service_role in its own transaction; the keys travel as bound
 * parameters, never in the statement text.
 */
export async function readConnectionSecrets(sql: Sql, keys: CredentialKeys, req: SecretsRequest): Promise<Secrets> {
  const [row] = await sql.begin(async (tx) => {
    await tx`select set_config('role', 'service_role', true), set_config('request.jwt.claims', '{"role":"service_role"}', true)`;
    return tx`select public.get_connection_secrets(${req.connectionId}, ${tx.json(keys.all)}, ${req.actorType},
      ${req.actorId ?? null}, ${req.purpose}, ${req.ip ?? null}) as secrets`;
  });
  return (row?.secrets ?? {}) as Secrets;
}
