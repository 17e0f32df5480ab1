'use client';

import './chart-setup';
import { useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { QueryErrorState } from '@/components/logs/query-error-state';
import { analyticsParams, type AnalyticsQuery } from '@/lib/analytics/analytics-range.schema';
import { useAnalytics } from '@/lib/analytics/use-analytics';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import { fill } from '@/lib/i18n/fill';
import { AnalyticsCards } from './analytics-cards';
import { AnalyticsRangePicker } from './analytics-range-picker';
import { ProviderChart } from './provider-chart';
import { TrendCharts } from './trend-charts';

/** The Analytics page: one report per range from the rollups, refreshed every minute. */
export function AnalyticsView({ initialQuery }: { initialQuery: AnalyticsQuery }) {
  const { t } = useI18n();
  const [query, setQuery] = useState(initialQuery);
  const report = useAnalytics(query);

  const changeQuery = (next: AnalyticsQuery) => {
    setQuery(next);
    window.history.replaceState(null, '', `/integrations/analytics?${analyticsParams(next)}`);
  };
  const data = report.data;

  return (
    <div className="space-y-5">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
        <AnalyticsRangePicker query={query} onChange={changeQuery} />
        <p className="flex items-center gap-2 text-xs text-slate-500">
          <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-emerald-500" />
          {t.analytics.live}
          {report.dataUpdatedAt ? (
            <span data-test="analytics-updated-at">· {fill(t.analytics.updated, { time: formatDubaiDateTime(report.dataUpdatedAt) })}</span>
          ) : null}
        </p>
      </div>
      {report.isPending ? (
        <div role="status" data-test="analytics-loading" className="h-64 animate-pulse rounded-xl border border-slate-200 bg-white">
          <span className="sr-only">{t.common.loading}</span>
        </div>
      ) : report.isError && !data ? (
        <QueryErrorState title={t.analytics.loadFailed} error={report.error} retry={() => void report.refetch()} />
      ) : data ? (
        <div data-test="analytics-report" data-state={report.isPlaceholderData ? 'stale' : 'ready'} data-range={data.range}
          aria-busy={report.isPlaceholderData} className="space-y-5">
          <AnalyticsCards totals={data.totals} />
          {data.totals.requests === 0 ? (
            <div data-test="analytics-empty" className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
              <h2 className="text-base font-semibold text-slate-900">{t.analytics.empty.title}</h2>
              <p className="mt-2 text-sm text-slate-600">{t.analytics.empty.hint}</p>
            </div>
          ) : (
            <div className="grid gap-4 lg:grid-cols-2">
              <TrendCharts report={data} />
              <ProviderChart providers={data.providers} />
            </div>
          )}
        </div>
      ) : null}
    </div>
  );
}
