// Not `server-only`: these take a transaction and hold no secret, and the benchmark runs
// them in plain Node against a real connection exactly as the route handlers do.
import { z } from 'zod';
import type { Tx } from '@/lib/db/pool.server';
import { encodeLogCursor, type LogCursor } from './log-cursor';
import { logListItemSchema, logStatsSchema, type LogPage, type LogStats } from './log-entry.schema';
import { atSql, logWhereSql } from './log-filter-sql';
import type { LogFilters } from './log-filters.schema';
import type { LogWindow } from './log-window';
import { redactLogPath } from './redact-log';

export const LOGS_PAGE_SIZE = 50;

// Timestamps from cursors go in as `$n::text::timestamptz`: a parameter typed timestamptz
// is serialized by postgres.js through a JS Date, which drops the microseconds.

/**
 * One page of the organization's logs matching the filters, newest first, keyset-paginated
 * by (created_at, id). The extra `created_at <=` bound lets Postgres skip newer partitions.
 * The page is cut first and joined to connection names after, so the join sees 51 rows.
 */
export async function listLogs(
  tx: Tx,
  organizationId: string,
  filters: LogFilters,
  window: LogWindow,
  after?: LogCursor,
  limit: number = LOGS_PAGE_SIZE,
): Promise<LogPage> {
  const rows = await tx`
    select p.id::text as id, p.at, p.log_type, p.connection_id, c.name as connection_name, p.method, p.path,
           p.status_code, p.duration_ms, p.error_code, p.error_message
      from (
        select l.id, l.created_at, ${atSql(tx)} as at, l.log_type, l.connection_id, l.method, l.path,
               l.status_code, l.duration_ms, l.error_code, left(l.error_message, 300) as error_message
          from public.integration_logs l
         where ${logWhereSql(tx, organizationId, filters, window)}
           ${after ? tx`and l.created_at <= ${after.at}::text::timestamptz
                        and (l.created_at, l.id) < (${after.at}::text::timestamptz, ${after.id}::bigint)` : tx``}
         order by l.created_at desc, l.id desc
         limit ${limit + 1}
      ) p
      left join public.integration_connections c on c.id = p.connection_id
     order by p.created_at desc, p.id desc
  `;
  // Paths are redacted when written; the list redacts again, as the detail and export do.
  const parsed = z.array(logListItemSchema).parse(rows).map((item) => ({ ...item, path: redactLogPath(item.path) }));
  const items = parsed.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: parsed.length > limit && last ? encodeLogCursor({ at: last.at, id: last.id }) : null };
}

/**
 * Totals for the filters: every row, the successful ones (2xx/3xx without an error code,
 * as log_api_call counts them), errors (4xx/5xx, an error code, or an error entry) and the
 * mean duration. It reads the whole window, so the page asks for it apart from the list.
 */
export async function logStats(tx: Tx, organizationId: string, filters: LogFilters, window: LogWindow): Promise<LogStats> {
  const [row] = await tx`
    select count(*)::int as total,
           count(*) filter (where l.status_code between 200 and 399 and l.error_code is null)::int as successful,
           count(*) filter (where l.status_code >= 400 or l.error_code is not null or l.log_type = 'error')::int as errors,
           round(avg(l.duration_ms))::int as avg_duration_ms
      from public.integration_logs l
     where ${logWhereSql(tx, organizationId, filters, window)}
  `;
  const stats = z.object({ total: z.number(), successful: z.number(), errors: z.number(), avg_duration_ms: z.number().nullable() }).parse(row);
  return logStatsSchema.parse({ ...stats, avgDurationMs: stats.avg_duration_ms });
}
