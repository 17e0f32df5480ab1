import type { Tx } from './tx-roles.ts';

export const REFRESH_REFUSED_REASON = 'Reconnect: the provider refused the refresh token';

/**
 * The provider will not refresh this grant again: the connection goes to `error` with a
 * reason the page shows, and admins get one notification per grant (the dedupe key names
 * the grant, so a later consent that fails again notifies again).
 */
export async function markRefreshRefused(
  tx: Tx,
  conn: { id: string; organization_id: string; name: string; provider: { name: string } },
  grantedAt: Date,
): Promise<void> {
  await tx`update public.integration_connections set status = 'error', status_reason = ${REFRESH_REFUSED_REASON}
            where id = ${conn.id}`;
  const dedupeKey = `token_refresh_failed:${conn.id}:${grantedAt.getTime()}`;
  await tx`
    insert into public.notifications (organization_id, connection_id, kind, severity, title, body, dedupe_key)
    values (${conn.organization_id}, ${conn.id}, 'token_refresh_failed', 'critical',
            ${`${conn.provider.name} connection "${conn.name}" needs reconnecting`.slice(0, 200)},
            ${`${conn.provider.name} refused to refresh the access token (the refresh token expired or was revoked). Open the connection and connect again.`},
            ${dedupeKey})
    on conflict (organization_id, dedupe_key) do nothing`;
}
