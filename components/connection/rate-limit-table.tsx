import type { RateLimitRow } from '@/lib/connections/connection-detail.schema';
import { formatDubaiDateTimeOr } from '@/lib/format/date-time';
import { CELL, DetailSection, EmptyRows, ScrollTable, TIME_CELL } from './detail-section';

/** Limits and the live count of each window; read-only here. */
export function RateLimitTable({ rows }: { rows: RateLimitRow[] }) {
  return (
    <DetailSection id="connection-rate-limits" title="Rate limits" description="Requests the proxy admits per window, and how many the current window has used.">
      {rows.length === 0 ? (
        <EmptyRows test="rate-limits-empty">No limits are set for this connection.</EmptyRows>
      ) : (
        <ScrollTable label="Rate limits" head={['Window', 'Limit', 'Used', 'Window started']}>
          {rows.map((row) => (
            <tr key={row.id} data-test="rate-limit-row">
              <td className={`${CELL} capitalize`}>{row.window_unit}</td>
              <td className={`${CELL} tabular-nums`}>{row.max_requests}</td>
              <td className={`${CELL} tabular-nums`}>{row.used}</td>
              <td className={TIME_CELL}>{formatDubaiDateTimeOr(row.window_started_at, '—')}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </DetailSection>
  );
}
