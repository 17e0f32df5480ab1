'use client';

import { useI18n } from '@/components/providers/locale-provider';
import { formatMs, formatNumber } from '@/lib/i18n/format';
import type { LogStats } from '@/lib/logs/log-entry.schema';

interface Card {
  key: 'total' | 'successful' | 'errors' | 'average';
  value: number | null;
  tone: string;
}

/** Totals of the filtered rows; `data-value` carries the raw number whatever the language. */
export function LogStatsCards({ stats, loading }: { stats: LogStats | undefined; loading: boolean }) {
  const { t, locale } = useI18n();
  const cards: Card[] = [
    { key: 'total', value: stats?.total ?? null, tone: 'text-slate-900' },
    { key: 'successful', value: stats?.successful ?? null, tone: 'text-emerald-700' },
    { key: 'errors', value: stats?.errors ?? null, tone: 'text-rose-700' },
    { key: 'average', value: stats?.avgDurationMs ?? null, tone: 'text-slate-900' },
  ];
  return (
    <dl aria-busy={loading} className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {cards.map(({ key, value, tone }) => (
        <div key={key} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-xs font-medium text-slate-500">{t.logs.stats[key]}</dt>
          <dd data-test={`logs-stat-${key}`} data-value={value ?? ''} className={`mt-1 text-xl font-semibold tabular-nums ${tone}`}>
            {value === null ? t.common.none : key === 'average' ? formatMs(value, locale) : formatNumber(value, locale)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
