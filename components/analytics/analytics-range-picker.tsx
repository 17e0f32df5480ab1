'use client';

import { useState, type FormEvent } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { ANALYTICS_RANGES, analyticsQuerySchema, type AnalyticsQuery } from '@/lib/analytics/analytics-range.schema';
import { isoToDubaiInput } from '@/lib/logs/dubai-input';

const FIELD = 'rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30';

function dubaiToday(offsetDays = 0): string {
  return isoToDubaiInput(new Date(Date.now() + offsetDays * 86_400_000)).slice(0, 10);
}

/** Week / month / quarter apply at once; a custom range applies with its dates. */
export function AnalyticsRangePicker({ query, onChange }: { query: AnalyticsQuery; onChange: (query: AnalyticsQuery) => void }) {
  const { t } = useI18n();
  const [custom, setCustom] = useState(query.range === 'custom');
  const [from, setFrom] = useState(query.from ?? dubaiToday(-13));
  const [to, setTo] = useState(query.to ?? dubaiToday());
  const [error, setError] = useState<string | null>(null);

  const apply = (next: unknown) => {
    const parsed = analyticsQuerySchema.safeParse(next);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Invalid range.');
    setError(null);
    onChange(parsed.data);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({ range: 'custom', from, to });
  };

  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
      <div role="group" aria-label={t.analytics.rangeLabel} className="inline-flex w-fit gap-1 rounded-lg bg-slate-100 p-1">
        {ANALYTICS_RANGES.map((range) => {
          const current = custom ? range === 'custom' : query.range === range;
          return (
            <button
              key={range}
              type="button"
              aria-pressed={current}
              data-test={`analytics-range-${range}`}
              onClick={() => {
                setCustom(range === 'custom');
                if (range !== 'custom') apply({ range });
              }}
              className={`rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${
                current ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'
              }`}
            >
              {t.analytics.ranges[range]}
            </button>
          );
        })}
      </div>
      {custom ? (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
            {t.analytics.from}
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-test="analytics-from" className={FIELD} />
          </label>
          <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
            {t.analytics.to}
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-test="analytics-to" className={FIELD} />
          </label>
          <button type="submit" data-test="analytics-apply"
            className="rounded-lg bg-indigo-600 px-4 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
            {t.analytics.apply}
          </button>
        </form>
      ) : null}
      {error ? <p role="alert" data-test="analytics-range-error" className="text-sm text-rose-700">{error}</p> : null}
    </div>
  );
}
