import { HealthBadge } from '@/components/integrations/connection-badges';
import type { HealthCheckRow } from '@/lib/connections/connection-detail.schema';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import { CELL, DetailSection, EmptyRows, ScrollTable, TIME_CELL } from './detail-section';

/** The latest 20 health checks, newest first. */
export function HealthHistory({ rows }: { rows: HealthCheckRow[] }) {
  return (
    <DetailSection id="connection-health-history" title="Health history" description="The latest 20 checks by the health monitor.">
      {rows.length === 0 ? (
        <EmptyRows test="health-empty">No health checks yet. The monitor checks active connections every few minutes.</EmptyRows>
      ) : (
        <ScrollTable label="Health checks" head={['Checked', 'Result', 'HTTP', 'Latency', 'Message']}>
          {rows.map((row) => (
            <tr key={row.id} data-test="health-row">
              <td className={TIME_CELL}>{formatDubaiDateTime(row.checked_at)}</td>
              <td className={CELL}><HealthBadge health={row.status} /></td>
              <td className={`${CELL} tabular-nums`}>{row.http_status ?? '—'}</td>
              <td className={`${CELL} whitespace-nowrap tabular-nums`}>{row.latency_ms === null ? '—' : `${row.latency_ms} ms`}</td>
              <td className={`${CELL} break-words text-slate-700`}>{row.message ?? ''}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </DetailSection>
  );
}
