import { CELL, EmptyRows, ScrollTable, TIME_CELL } from '@/components/connection/detail-section';
import type { ApiKeyRow } from '@/lib/api-keys/api-keys.schema';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { fill } from '@/lib/i18n/fill';
import { formatDubaiDateTime, formatDubaiDateTimeOr } from '@/lib/format/date-time';
import { RevokeKeyButton } from './revoke-key-button';

/** The organization's keys; only the visible prefix of each, never the key. */
export function ApiKeyList({ keys, canManage, t }: { keys: ApiKeyRow[]; canManage: boolean; t: Dictionary['apiKeys'] }) {
  const l = t.list;
  if (keys.length === 0) return <EmptyRows test="api-keys-empty">{l.empty}</EmptyRows>;
  const head = [l.name, l.prefix, l.scope, l.limit, l.created, l.lastUsed, l.status, ...(canManage ? [''] : [])];
  return (
    <ScrollTable label={l.heading} head={head}>
      {keys.map((key) => (
        <tr key={key.id} data-test="api-key-row" data-key-id={key.id} data-revoked={key.revoked_at !== null}>
          <td className={`${CELL} font-medium text-slate-900`} data-test="api-key-name">{key.name}</td>
          <td className={CELL}><code dir="ltr" data-test="api-key-prefix" className="font-mono text-xs">{key.prefix}…</code></td>
          <td className={CELL} data-test="api-key-scope">
            {key.all_connections ? l.allConnections : key.connection_names.length > 0 ? key.connection_names.join(', ') : l.noConnections}
          </td>
          <td className={`${CELL} tabular-nums`} data-test="api-key-limit">{key.rate_limit_per_minute ?? l.noLimit}</td>
          <td className={TIME_CELL}>{formatDubaiDateTime(key.created_at)}</td>
          <td className={TIME_CELL} data-test="api-key-last-used">{formatDubaiDateTimeOr(key.last_used_at, l.never)}</td>
          <td className={CELL} data-test="api-key-status">
            {key.revoked_at ? (
              <span className="rounded-full bg-rose-50 px-2 py-0.5 text-xs font-medium text-rose-800">{fill(l.revoked, { at: formatDubaiDateTime(key.revoked_at) })}</span>
            ) : (
              <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800">{l.active}</span>
            )}
          </td>
          {canManage ? <td className={CELL}>{key.revoked_at ? null : <RevokeKeyButton id={key.id} name={key.name} />}</td> : null}
        </tr>
      ))}
    </ScrollTable>
  );
}
