import type { AccountIdentity } from './identity-readers.ts';
import type { SocialPlatform } from './oauth-providers.ts';
import type { Tx } from './tx-roles.ts';

/**
 * After a consent: the connection acts as exactly this account, so the account row is
 * upserted and rows of an account connected before (a different login) are removed.
 */
export async function recordSocialAccount(
  tx: Tx,
  conn: { id: string; organizationId: string },
  platform: SocialPlatform,
  identity: AccountIdentity,
  scopes: string[],
  tokenExpiresAt: Date | null,
): Promise<void> {
  await tx`
    insert into public.social_media_accounts (organization_id, connection_id, platform, external_account_id,
                                              username, display_name, avatar_url, scopes, token_expires_at)
    values (${conn.organizationId}, ${conn.id}, ${platform}, ${identity.externalId}, ${identity.username},
            ${identity.displayName}, ${identity.avatarUrl}, ${scopes}, ${tokenExpiresAt})
    on conflict (connection_id, external_account_id) do update set
      platform = excluded.platform, username = excluded.username, display_name = excluded.display_name,
      avatar_url = excluded.avatar_url, scopes = excluded.scopes, token_expires_at = excluded.token_expires_at`;
  await tx`delete from public.social_media_accounts
            where connection_id = ${conn.id} and external_account_id <> ${identity.externalId}`;
}

/** A consented connection is usable; a disabled one stays disabled until an admin enables it. */
export async function markConnected(tx: Tx, connectionId: string): Promise<void> {
  await tx`update public.integration_connections
              set status = case when status = 'disabled' then status else 'active'::public.connection_status end,
                  status_reason = null
            where id = ${connectionId}`;
}

/** A failed consent leaves a pending connection pending, with the reason shown on its page. */
export async function notePendingReason(tx: Tx, connectionId: string, reason: string): Promise<void> {
  await tx`update public.integration_connections set status_reason = ${reason}
            where id = ${connectionId} and status = 'pending'`;
}
