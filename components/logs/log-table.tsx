'use client';

import { useI18n } from '@/components/providers/locale-provider';
import type { LogListItem } from '@/lib/logs/log-entry.schema';
import { LogRow } from './log-row';

interface LogTableProps {
  items: readonly LogListItem[];
  /** ready: the rows belong to the current filters; stale: older rows shown while new ones load. */
  state: 'ready' | 'stale';
  onOpen: (item: LogListItem) => void;
}

export function LogTable({ items, state, onOpen }: LogTableProps) {
  const { t } = useI18n();
  const c = t.logs.columns;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table data-test="logs-table" data-state={state} aria-busy={state === 'stale'}
        className={`min-w-full divide-y divide-slate-200 text-sm transition-opacity ${state === 'stale' ? 'opacity-60' : ''}`}>
        <thead className="bg-slate-50 text-xs font-medium text-slate-500">
          <tr>
            <th scope="col" className="hidden px-3 py-2 text-start sm:table-cell">{c.time}</th>
            <th scope="col" className="px-3 py-2 text-start">{c.method}</th>
            <th scope="col" className="px-3 py-2 text-start">{c.path}</th>
            <th scope="col" className="px-3 py-2 text-start">{c.status}</th>
            <th scope="col" className="hidden px-3 py-2 text-end sm:table-cell">{c.duration}</th>
            <th scope="col" className="hidden px-3 py-2 text-start lg:table-cell">{c.type}</th>
            <th scope="col" className="hidden px-3 py-2 text-start lg:table-cell">{c.connection}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item) => (
            <LogRow key={`${item.at}~${item.id}`} item={item} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
