import type { LogRow } from '@/lib/connections/connection-detail.schema';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import { CELL, DetailSection, EmptyRows, ScrollTable, TIME_CELL } from './detail-section';

/** The latest 20 log entries of this connection (already redacted when written). */
export function RecentLogs({ rows }: { rows: LogRow[] }) {
  return (
    <DetailSection id="connection-logs" title="Recent logs" description="The latest 20 calls and events.">
      {rows.length === 0 ? (
        <EmptyRows test="logs-empty">Nothing logged yet for this connection.</EmptyRows>
      ) : (
        <ScrollTable label="Recent logs" head={['Time', 'Type', 'Request', 'Status', 'Duration']}>
          {rows.map((row) => (
            <tr key={row.id} data-test="log-row">
              <td className={TIME_CELL}>{formatDubaiDateTime(row.created_at)}</td>
              <td className={CELL}>{row.log_type}</td>
              <td className={`${CELL} break-all font-mono text-xs`}>
                {[row.method, row.path].filter(Boolean).join(' ') || '—'}
                {row.error_code ? <span className="ms-1 text-rose-700">({row.error_code})</span> : null}
              </td>
              <td className={`${CELL} tabular-nums`}>{row.status_code ?? '—'}</td>
              <td className={`${CELL} whitespace-nowrap tabular-nums`}>{row.duration_ms === null ? '—' : `${row.duration_ms} ms`}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </DetailSection>
  );
}
