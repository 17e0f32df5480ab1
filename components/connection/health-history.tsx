import { HealthBadge } from '@/components/integrations/connection-badges';
import type { HealthCheckRow } from '@/lib/connections/connection-detail.schema';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import { describeVerdict } from '@/lib/health/health-verdict';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';
import { CELL, DetailSection, EmptyRows, ScrollTable, TIME_CELL } from './detail-section';

/** The latest 20 health checks, newest first. */
export async function HealthHistory({ rows }: { rows: HealthCheckRow[] }) {
  const dictionary = await getDictionary();
  const t = dictionary.connectionPage;
  const none = dictionary.common.none;
  const h = t.health;
  return (
    <DetailSection id="connection-health-history" title={h.title} description={h.description}>
      {rows.length === 0 ? (
        <EmptyRows test="health-empty">{h.empty}</EmptyRows>
      ) : (
        <ScrollTable label={h.table} head={[h.head.checked, h.head.result, h.head.http, h.head.latency, h.head.message]}>
          {rows.map((row) => (
            <tr key={row.id} data-test="health-row">
              <td className={TIME_CELL}>{formatDubaiDateTime(row.checked_at)}</td>
              <td className={CELL}><HealthBadge health={row.status} /></td>
              <td className={`${CELL} tabular-nums`}>{row.http_status ?? none}</td>
              <td className={`${CELL} whitespace-nowrap tabular-nums`}>{row.latency_ms === null ? none : fill(t.ms, { value: row.latency_ms })}</td>
              <td className={`${CELL} break-words text-slate-700`} title={row.message ?? undefined} data-test="health-message">
                {describeVerdict(row, dictionary.common.verdicts)}
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </DetailSection>
  );
}
