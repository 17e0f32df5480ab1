import type { LogRow } from '@/lib/connections/connection-detail.schema';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';
import { CELL, DetailSection, EmptyRows, ScrollTable, TIME_CELL } from './detail-section';

/** The latest 20 log entries of this connection (already redacted when written). */
export async function RecentLogs({ rows }: { rows: LogRow[] }) {
  const dictionary = await getDictionary();
  const t = dictionary.connectionPage;
  const none = dictionary.common.none;
  const l = t.logs;
  return (
    <DetailSection id="connection-logs" title={l.title} description={l.description}>
      {rows.length === 0 ? (
        <EmptyRows test="logs-empty">{l.empty}</EmptyRows>
      ) : (
        <ScrollTable label={l.title} head={[l.head.time, l.head.type, l.head.request, l.head.status, l.head.duration]}>
          {rows.map((row) => (
            <tr key={row.id} data-test="log-row">
              <td className={TIME_CELL}>{formatDubaiDateTime(row.created_at)}</td>
              <td className={CELL}>{row.log_type}</td>
              <td className={`${CELL} break-all font-mono text-xs`}>
                {[row.method, row.path].filter(Boolean).join(' ') || none}
                {row.error_code ? <span className="ms-1 text-rose-700">({row.error_code})</span> : null}
              </td>
              <td className={`${CELL} tabular-nums`}>{row.status_code ?? none}</td>
              <td className={`${CELL} whitespace-nowrap tabular-nums`}>{row.duration_ms === null ? none : fill(t.ms, { value: row.duration_ms })}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </DetailSection>
  );
}
