import type { CredentialKeys } from '../vault/keys.ts';
import type { Tx } from './tx-roles.ts';
import type { TokenSet } from './token-response.ts';

export interface TokenWrite {
  connectionId: string;
  organizationId: string;
  tokens: TokenSet;
  now: number;
  /** A new consent replaces everything; a refresh keeps a refresh token the provider did not rotate. */
  kind: 'grant' | 'refresh';
  grantedBy?: string | null;
  /** Further vault fields derived from the grant (Mailchimp's api_key form of the token). */
  extraFields?: Record<string, string>;
  /** The access token renews itself without a refresh token (Instagram's long-lived token). */
  renewable?: boolean;
}

async function setField(tx: Tx, keys: CredentialKeys, connectionId: string, field: string, value: string): Promise<void> {
  await tx`select public.set_credential(${connectionId}, ${field}, ${value}, ${keys.current}, ${keys.currentId})`;
}

function at(now: number, seconds: number | null): Date | null {
  return seconds === null ? null : new Date(now + seconds * 1000);
}

/**
 * Stores tokens through set_credential (encrypted, audited) inside the caller's
 * service-role transaction. `access_token_expires_at` goes into the vault as well, because
 * the outbound layer reads it there to refuse an expired token; oauth_token_status keeps the
 * same instant in the clear so refresh-due can find what is about to expire.
 */
export async function saveTokens(tx: Tx, keys: CredentialKeys, w: TokenWrite): Promise<void> {
  const expiresAt = at(w.now, w.tokens.expiresIn);
  await setField(tx, keys, w.connectionId, 'access_token', w.tokens.accessToken);
  if (w.tokens.refreshToken) await setField(tx, keys, w.connectionId, 'refresh_token', w.tokens.refreshToken);
  if (expiresAt) await setField(tx, keys, w.connectionId, 'access_token_expires_at', expiresAt.toISOString());
  for (const [field, value] of Object.entries(w.extraFields ?? {})) await setField(tx, keys, w.connectionId, field, value);

  const stale = [
    ...(w.kind === 'grant' && !w.tokens.refreshToken ? ['refresh_token'] : []),
    ...(!expiresAt ? ['access_token_expires_at'] : []),
  ];
  if (stale.length > 0) {
    await tx`delete from public.api_credentials where connection_id = ${w.connectionId} and field = any(${stale})`;
  }

  const refreshExpiresAt = at(w.now, w.tokens.refreshExpiresIn);
  if (w.kind === 'grant') {
    await tx`
      insert into public.oauth_token_status as s (connection_id, organization_id, access_token_expires_at,
             refresh_token_expires_at, renewable, scopes, granted_at, granted_by, last_refreshed_at)
      values (${w.connectionId}, ${w.organizationId}, ${expiresAt}, ${refreshExpiresAt}, ${w.tokens.refreshToken !== null || w.renewable === true},
              ${w.tokens.scopes}, now(), ${w.grantedBy ?? null}, null)
      on conflict (connection_id) do update set
        access_token_expires_at = excluded.access_token_expires_at, refresh_token_expires_at = excluded.refresh_token_expires_at,
        renewable = excluded.renewable, scopes = excluded.scopes, granted_at = excluded.granted_at,
        granted_by = excluded.granted_by, last_refreshed_at = null, updated_at = now()`;
  } else {
    await tx`
      update public.oauth_token_status set access_token_expires_at = ${expiresAt},
             refresh_token_expires_at = coalesce(${refreshExpiresAt}, refresh_token_expires_at),
             scopes = case when cardinality(${w.tokens.scopes}::text[]) > 0 then ${w.tokens.scopes}::text[] else scopes end,
             last_refreshed_at = now(), updated_at = now()
       where connection_id = ${w.connectionId}`;
  }
}
