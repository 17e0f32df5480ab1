'use client';

import { useI18n } from '@/components/providers/locale-provider';
import type { HubStats } from '@/lib/hub/hub-stats';
import { fill } from '@/lib/i18n/fill';
import { formatNumber } from '@/lib/i18n/format';

const HEALTH = [
  { key: 'healthy', dot: 'bg-emerald-500' },
  { key: 'degraded', dot: 'bg-amber-500' },
  { key: 'down', dot: 'bg-rose-500' },
  { key: 'unknown', dot: 'bg-slate-400' },
] as const;

const CARD = 'rounded-xl border border-slate-200 bg-white p-4 shadow-sm';

/** The headline figures; `data-value` carries the raw number whatever the language. */
export function HubStatsCards({ stats }: { stats: HubStats }) {
  const { t, locale } = useI18n();
  const figures = [
    { key: 'total', label: t.hub.stats.total, value: stats.total, tone: 'text-slate-900' },
    { key: 'active', label: t.hub.stats.active, value: stats.active, tone: 'text-emerald-700' },
    { key: 'errors', label: t.hub.stats.errors, value: stats.errors, tone: stats.errors > 0 ? 'text-rose-700' : 'text-slate-900' },
  ];
  const health = Object.fromEntries(HEALTH.map(({ key }) => [key, formatNumber(stats.health[key], locale)]));

  return (
    <section aria-label={t.hub.stats.label} className="grid grid-cols-2 gap-3 lg:grid-cols-5">
      {figures.map(({ key, label, value, tone }) => (
        <div key={key} className={CARD}>
          <p className="text-xs font-medium text-slate-500">{label}</p>
          <p data-test={`hub-stat-${key}`} data-value={value} className={`mt-1 text-2xl font-semibold tabular-nums ${tone}`}>
            {formatNumber(value, locale)}
          </p>
        </div>
      ))}
      <div className={`${CARD} col-span-2 lg:col-span-2`} data-test="hub-stat-health" aria-label={fill(t.hub.stats.healthLabel, health)}>
        <p className="text-xs font-medium text-slate-500">{t.hub.stats.health}</p>
        <ul className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 text-sm">
          {HEALTH.map(({ key, dot }) => (
            <li key={key} className="flex items-center gap-2">
              <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${dot}`} />
              <span className="text-slate-600">{t.hub.health[key]}</span>
              <span data-test={`hub-stat-${key}`} data-value={stats.health[key]} className="ms-auto font-semibold tabular-nums text-slate-900">
                {health[key]}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
