import { actorLabel } from '@/lib/connections/actor-label';
import type { AuditRow } from '@/lib/connections/connection-detail.schema';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import { CELL, DetailSection, EmptyRows, ScrollTable, TIME_CELL } from './detail-section';

const ACTIONS: Record<string, string> = { write: 'Stored', decrypt: 'Read (decrypted)', rotate: 'Re-encrypted', delete: 'Deleted' };

/** Every credential write, read and rotation for this connection (admins only; never a value). */
export function AuditTrail({ rows, currentUserId }: { rows: AuditRow[]; currentUserId: string }) {
  return (
    <DetailSection id="connection-audit" title="Credential audit trail" description="Who stored or used these credentials, when and from where. Visible to admins only.">
      {rows.length === 0 ? (
        <EmptyRows test="audit-empty">No credential activity recorded.</EmptyRows>
      ) : (
        <ScrollTable label="Credential audit trail" head={['Time', 'Action', 'Fields', 'By', 'From', 'Purpose']}>
          {rows.map((row) => (
            <tr key={row.id} data-test="audit-row" data-action={row.action}>
              <td className={TIME_CELL}>{formatDubaiDateTime(row.created_at)}</td>
              <td className={CELL}>{ACTIONS[row.action] ?? row.action}</td>
              <td className={`${CELL} font-mono text-xs`}>{row.fields.join(', ')}</td>
              <td className={CELL}>{actorLabel(row.actor_type, row.actor_id, currentUserId)}</td>
              <td className={`${CELL} font-mono text-xs`}>{row.ip ?? '—'}</td>
              <td className={`${CELL} text-slate-600`}>{row.purpose ?? ''}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </DetailSection>
  );
}
