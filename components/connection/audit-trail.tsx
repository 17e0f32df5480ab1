import type { AuditRow } from '@/lib/connections/connection-detail.schema';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import { getDictionary } from '@/lib/i18n/locale.server';
import { localActorLabel } from './actor';
import { CELL, DetailSection, EmptyRows, ScrollTable, TIME_CELL } from './detail-section';

/** Every credential write, read and rotation for this connection (admins only; never a value). */
export async function AuditTrail({ rows, currentUserId }: { rows: AuditRow[]; currentUserId: string }) {
  const dictionary = await getDictionary();
  const t = dictionary.connectionPage;
  const none = dictionary.common.none;
  const a = t.audit;
  const h = a.head;
  return (
    <DetailSection id="connection-audit" title={a.title} description={a.description}>
      {rows.length === 0 ? (
        <EmptyRows test="audit-empty">{a.empty}</EmptyRows>
      ) : (
        <ScrollTable label={a.title} head={[h.time, h.action, h.fields, h.by, h.from, h.purpose]}>
          {rows.map((row) => (
            <tr key={row.id} data-test="audit-row" data-action={row.action}>
              <td className={TIME_CELL}>{formatDubaiDateTime(row.created_at)}</td>
              <td className={CELL}>{a.actions[row.action] ?? row.action}</td>
              <td className={`${CELL} font-mono text-xs`}>{row.fields.join(', ')}</td>
              <td className={CELL}>{localActorLabel(t, row.actor_type, row.actor_id, currentUserId)}</td>
              <td className={`${CELL} font-mono text-xs`}>{row.ip ?? none}</td>
              <td className={`${CELL} text-slate-600`}>{row.purpose ?? ''}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </DetailSection>
  );
}
