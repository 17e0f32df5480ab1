'use client';

import { useI18n } from '@/components/providers/locale-provider';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import { fill } from '@/lib/i18n/fill';
import { formatNumber } from '@/lib/i18n/format';
import { EXPORT_ROW_CAP } from '@/lib/logs/export-cap';
import type { LogFilters } from '@/lib/logs/log-filters.schema';
import { logsQueryString } from '@/lib/logs/use-logs';

/** When the list was last refreshed, and the CSV of exactly what is filtered. */
export function LogsToolbar({ filters, updatedAt }: { filters: LogFilters; updatedAt: number }) {
  const { t, locale } = useI18n();
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <p className="flex items-center gap-2 text-xs text-slate-500" aria-live="polite">
        <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-emerald-500" />
        <span>{t.logs.live}</span>
        {updatedAt ? (
          <span data-test="logs-updated-at">· {fill(t.logs.updated, { time: formatDubaiDateTime(updatedAt) })}</span>
        ) : null}
      </p>
      <div className="flex items-center gap-2">
        <span className="hidden text-xs text-slate-500 sm:inline">
          {fill(t.logs.exportHint, { cap: formatNumber(EXPORT_ROW_CAP, locale) })}
        </span>
        <a
          href={`/api/logs/export${logsQueryString(filters)}`}
          download
          data-test="logs-export"
          className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          {t.logs.export}
        </a>
      </div>
    </div>
  );
}
