import type { Sql } from '../db.ts';
import type { CredentialKeys } from '../vault/keys.ts';
import { hashState } from './pkce.ts';
import { asService } from './tx-roles.ts';

/** State rows live this long: consent screens are quick, and a stale link must not work. */
export const STATE_TTL_SECONDS = 600;

export interface NewState {
  state: string;
  verifier: string;
  organizationId: string;
  connectionId: string;
  userId: string;
  redirectUri: string;
  redirectTo: string;
}

/** Stores the hash of the state and the PKCE verifier encrypted under the functions' key. */
export async function saveState(sql: Sql, keys: CredentialKeys, s: NewState): Promise<Date> {
  const stateHash = await hashState(s.state);
  const [row] = await asService(sql, (tx) => tx`
    insert into public.oauth_states (state_hash, organization_id, connection_id, user_id, verifier_ciphertext, key_id,
                                     redirect_uri, redirect_to, expires_at)
    values (${stateHash}, ${s.organizationId}, ${s.connectionId}, ${s.userId},
            public.encrypt_credential(${s.verifier}, ${keys.current}), ${keys.currentId},
            ${s.redirectUri}, ${s.redirectTo}, now() + make_interval(secs => ${STATE_TTL_SECONDS}))
    returning expires_at`);
  return row!.expires_at as Date;
}

export interface ValidState {
  connectionId: string;
  userId: string;
  verifier: string;
  redirectUri: string;
  redirectTo: string;
}

export type ConsumedState =
  | { kind: 'unknown' }
  | { kind: 'used' | 'expired'; redirectTo: string }
  | ({ kind: 'valid' } & ValidState);

/**
 * Claims a state exactly once. The row is locked, so two callbacks racing with one state
 * see one "valid" and one "used"; an expired state is burnt too. The verifier is decrypted
 * only for a valid claim.
 */
export async function consumeState(sql: Sql, keys: CredentialKeys, state: string): Promise<ConsumedState> {
  const stateHash = await hashState(state);
  return asService(sql, async (tx) => {
    const [row] = await tx`
      select id, connection_id, user_id, key_id, redirect_uri, redirect_to, used_at is not null as used,
             expires_at <= now() as expired
        from public.oauth_states where state_hash = ${stateHash} for update`;
    if (!row) return { kind: 'unknown' } as const;
    if (row.used) return { kind: 'used', redirectTo: row.redirect_to } as const;
    await tx`update public.oauth_states set used_at = now() where id = ${row.id}`;
    if (row.expired) return { kind: 'expired', redirectTo: row.redirect_to } as const;
    const key = keys.all[row.key_id as string];
    if (!key) throw new Error('no credential key for the stored PKCE verifier');
    const [plain] = await tx`select public.decrypt_credential(verifier_ciphertext, ${key}) as verifier
                               from public.oauth_states where id = ${row.id}`;
    return {
      kind: 'valid',
      connectionId: row.connection_id,
      userId: row.user_id,
      verifier: plain!.verifier as string,
      redirectUri: row.redirect_uri,
      redirectTo: row.redirect_to,
    } as const;
  });
}

/** Used and expired states serve no purpose after a day (kept that long for support questions). */
export async function pruneStates(sql: Sql): Promise<number> {
  const rows = await asService(sql, (tx) => tx`delete from public.oauth_states where expires_at < now() - interval '1 day'`);
  return rows.count;
}
