// Not `server-only` for the same reason as logs-queries.ts.
import type { Tx } from '@/lib/db/pool.server';
import { formatDubaiDateTime } from '../format/date-time';
import { csvLine } from './csv';
import { EXPORT_ROW_CAP } from './export-cap';
import { atSql, logWhereSql } from './log-filter-sql';
import type { LogFilters } from './log-filters.schema';
import type { LogWindow } from './log-window';
import { redactLogPath } from './redact-log';

const BATCH_ROWS = 1_000;

export const EXPORT_HEADER = csvLine([
  'time_dubai', 'time_utc', 'id', 'log_type', 'connection', 'method', 'path',
  'status_code', 'duration_ms', 'error_code', 'error_message',
]);

interface ExportRow {
  id: string;
  at: string;
  log_type: string;
  connection_name: string | null;
  method: string | null;
  path: string | null;
  status_code: number | null;
  duration_ms: number | null;
  error_code: string | null;
  error_message: string | null;
}

export function exportLine(row: ExportRow): string {
  return csvLine([
    formatDubaiDateTime(row.at), row.at, row.id, row.log_type, row.connection_name, row.method,
    redactLogPath(row.path), row.status_code, row.duration_ms, row.error_code, row.error_message,
  ]);
}

/**
 * The filtered rows, newest first, at most EXPORT_ROW_CAP, handed to `write` in batches
 * through a server-side cursor so memory stays flat however large the export. `write`
 * resolving late is the backpressure; rejecting stops the cursor.
 */
export async function exportLogs(
  tx: Tx,
  organizationId: string,
  filters: LogFilters,
  window: LogWindow,
  write: (csv: string) => Promise<void>,
  cap: number = EXPORT_ROW_CAP,
): Promise<number> {
  let count = 0;
  const query = tx<ExportRow[]>`
    select p.id::text as id, p.at, p.log_type, c.name as connection_name, p.method, p.path,
           p.status_code, p.duration_ms, p.error_code, p.error_message
      from (select l.id, l.created_at, ${atSql(tx)} as at, l.log_type, l.connection_id, l.method, l.path,
                   l.status_code, l.duration_ms, l.error_code, l.error_message
              from public.integration_logs l
             where ${logWhereSql(tx, organizationId, filters, window)}
             order by l.created_at desc, l.id desc
             limit ${cap}) p
      left join public.integration_connections c on c.id = p.connection_id
     order by p.created_at desc, p.id desc
  `;
  for await (const rows of query.cursor(BATCH_ROWS)) {
    count += rows.length;
    await write(rows.map(exportLine).join(''));
  }
  return count;
}
