'use client';

import { useI18n } from '@/components/providers/locale-provider';
import type { AnalyticsReport } from '@/lib/analytics/analytics.schema';
import { formatMs, formatNumber, formatPercent } from '@/lib/i18n/format';

type CardKey = keyof AnalyticsReport['totals'];
const ORDER: Array<{ key: CardKey; kind: 'count' | 'ms' | 'rate'; tone: string }> = [
  { key: 'requests', kind: 'count', tone: 'text-slate-900' },
  { key: 'successful', kind: 'count', tone: 'text-emerald-700' },
  { key: 'failed', kind: 'count', tone: 'text-rose-700' },
  { key: 'avgMs', kind: 'ms', tone: 'text-slate-900' },
  { key: 'p95Ms', kind: 'ms', tone: 'text-slate-900' },
  { key: 'successRate', kind: 'rate', tone: 'text-emerald-700' },
  { key: 'errorRate', kind: 'rate', tone: 'text-rose-700' },
];
const LABEL_KEYS = {
  requests: 'requests', successful: 'successful', failed: 'failed', avgMs: 'average', p95Ms: 'p95',
  successRate: 'successRate', errorRate: 'errorRate',
} as const;

/** The range's headline figures; `data-value` carries the raw number whatever the language. */
export function AnalyticsCards({ totals }: { totals: AnalyticsReport['totals'] }) {
  const { t, locale } = useI18n();
  const format = (value: number, kind: 'count' | 'ms' | 'rate') =>
    kind === 'count' ? formatNumber(value, locale) : kind === 'ms' ? formatMs(value, locale) : formatPercent(value, locale);
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 2xl:grid-cols-7">
      {ORDER.map(({ key, kind, tone }) => {
        const value = totals[key];
        return (
          <div key={key} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-xs font-medium text-slate-500">{t.analytics.cards[LABEL_KEYS[key]]}</dt>
            <dd data-test={`analytics-card-${key}`} data-value={value ?? ''} className={`mt-1 text-xl font-semibold tabular-nums ${tone}`}>
              {value === null ? t.common.none : format(value, kind)}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
