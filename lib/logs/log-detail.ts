// Not `server-only` for the same reason as logs-queries.ts.
import type { Tx } from '@/lib/db/pool.server';
import { logDetailSchema, type LogDetail } from './log-entry.schema';
import { atSql } from './log-filter-sql';
import { redactLogBody, redactLogHeaders, redactLogPath } from './redact-log';

/**
 * One log entry of the organization by its key (created_at, id) — the table has no index
 * on id alone, and the key finds the partition and the row through the organization index.
 * Null when RLS or the organization hides it, or it does not exist.
 */
export async function getLogDetail(tx: Tx, organizationId: string, at: string, id: string): Promise<LogDetail | null> {
  const [row] = await tx`
    select l.id::text as id, ${atSql(tx)} as at, l.log_type, l.connection_id, c.name as connection_name,
           l.method, l.path, l.status_code, l.duration_ms, l.error_code, l.error_message,
           l.request_bytes, l.response_bytes, l.caller_type, l.caller_id, host(l.ip) as ip,
           l.request_headers, l.request_body, l.response_headers, l.response_body
      from public.integration_logs l
      left join public.integration_connections c on c.id = l.connection_id
     where l.organization_id = ${organizationId}
       and l.created_at = ${at}::text::timestamptz
       and l.id = ${id}::bigint
  `;
  if (!row) return null;
  return logDetailSchema.parse({
    ...row,
    path: redactLogPath(row.path as string | null),
    request_headers: redactLogHeaders(row.request_headers),
    response_headers: redactLogHeaders(row.response_headers),
    request_body: redactLogBody(row.request_body as string | null),
    response_body: redactLogBody(row.response_body as string | null),
  });
}
