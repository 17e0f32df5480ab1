import 'server-only';
import type { VerifiedClaims } from '@/lib/auth/claims.schema';
import { withRls } from '@/lib/db/with-rls';
import {
  getConnectionDetail,
  listCredentialAudit,
  listCredentialHints,
  listHealthHistory,
  listRecentLogs,
} from './connection-detail';

/**
 * Everything the connection page shows, read in one transaction under the reader's RLS.
 * The audit trail is read only for admins; for others it is null, not empty.
 */
export async function loadConnectionPage(claims: VerifiedClaims, id: string) {
  return withRls(claims, async (tx) => {
    const connection = await getConnectionDetail(tx, id);
    if (!connection) return null;
    return {
      connection,
      hints: await listCredentialHints(tx, id),
      health: await listHealthHistory(tx, id),
      logs: await listRecentLogs(tx, id),
      audit: connection.can_manage ? await listCredentialAudit(tx, id) : null,
    };
  });
}
