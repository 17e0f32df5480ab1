'use client';

import { useI18n } from '@/components/providers/locale-provider';
import { fill } from '@/lib/i18n/fill';
import { formatMs } from '@/lib/i18n/format';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import type { LogListItem } from '@/lib/logs/log-entry.schema';
import { DurationText, MethodBadge, StatusBadge } from './log-badges';

const TYPE_TONES: Record<LogListItem['log_type'], string> = {
  request: 'text-slate-600',
  response: 'text-slate-600',
  error: 'font-semibold text-rose-700',
  webhook: 'text-violet-700',
  system: 'text-slate-500',
};

/**
 * One entry; the path (or error) opens its detail, so every row is reachable by keyboard.
 * On a phone time and duration move under the path and type and connection are left out,
 * so the columns that matter fit without scrolling.
 */
export function LogRow({ item, onOpen }: { item: LogListItem; onOpen: (item: LogListItem) => void }) {
  const { t, locale } = useI18n();
  const summary = item.path ?? item.error_message ?? item.error_code ?? t.common.none;
  const time = formatDubaiDateTime(item.at);
  return (
    <tr data-test="log-row" data-log-id={item.id} data-log-type={item.log_type} className="align-top hover:bg-slate-50">
      <td className="hidden whitespace-nowrap px-3 py-2 tabular-nums text-slate-600 sm:table-cell">
        <time dateTime={item.at} data-test="log-time">{time}</time>
      </td>
      <td className="px-3 py-2"><MethodBadge method={item.method} /></td>
      <td className="max-w-[11rem] px-3 py-2 sm:max-w-[18rem]">
        <button
          type="button"
          onClick={() => onOpen(item)}
          data-test="log-open"
          aria-label={fill(t.logs.detail.open, { id: item.id })}
          className="block max-w-full truncate text-start font-mono text-xs text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
          dir="ltr"
        >
          <span data-test="log-path">{summary}</span>
        </button>
        {item.path && item.error_message ? (
          <p className="mt-0.5 truncate text-xs text-rose-700" data-test="log-error">{item.error_message}</p>
        ) : null}
        <p className="mt-0.5 text-xs tabular-nums text-slate-500 sm:hidden">
          <time dateTime={item.at}>{time}</time>
          {item.duration_ms === null ? null : <span> · {formatMs(item.duration_ms, locale)}</span>}
        </p>
      </td>
      <td className="px-3 py-2"><StatusBadge status={item.status_code} /></td>
      <td className="hidden px-3 py-2 text-end sm:table-cell">
        <DurationText ms={item.duration_ms} text={item.duration_ms === null ? t.common.none : formatMs(item.duration_ms, locale)} />
      </td>
      <td className={`hidden px-3 py-2 lg:table-cell ${TYPE_TONES[item.log_type]}`} data-test="log-type">{t.logs.types[item.log_type]}</td>
      <td className="hidden max-w-32 truncate px-3 py-2 text-slate-700 lg:table-cell" data-test="log-connection" title={item.connection_name ?? undefined}>
        {item.connection_name ?? t.common.none}
      </td>
    </tr>
  );
}
