import type { Dictionary } from '@/lib/i18n/dictionary';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { EndpointStats as Stats } from '@/lib/webhooks/webhooks.schema';

type StatKey = 'received' | 'verified' | 'processed' | 'failed' | 'dead' | 'rejected' | 'pending';

const TONES: Record<StatKey, string> = {
  received: 'text-slate-900',
  verified: 'text-slate-900',
  processed: 'text-emerald-700',
  failed: 'text-amber-700',
  dead: 'text-rose-700',
  rejected: 'text-rose-700',
  pending: 'text-slate-700',
};

/**
 * Counts of one endpoint. Every stored event passed verification (a refused delivery is
 * only counted as rejected), so "verified" is the received count. `data-value` carries the
 * raw number whatever the language.
 */
export function EndpointStats({ stats, t, locale, compact = false }: { stats: Stats; t: Dictionary['webhooks']; locale: Locale; compact?: boolean }) {
  const values: Record<StatKey, number> = { ...stats, verified: stats.received };
  const keys: StatKey[] = compact
    ? ['received', 'verified', 'processed', 'failed', 'dead', 'rejected']
    : ['received', 'verified', 'processed', 'pending', 'failed', 'dead', 'rejected'];
  return (
    <dl aria-label={t.stats.label} className={`grid gap-2 ${compact ? 'grid-cols-3 sm:grid-cols-6' : 'grid-cols-2 sm:grid-cols-4 lg:grid-cols-7'}`}>
      {keys.map((key) => (
        <div key={key} className={compact ? 'rounded-lg bg-slate-50 px-2 py-1.5' : 'rounded-xl border border-slate-200 bg-white p-3 shadow-sm'}>
          <dt className="text-xs text-slate-500">{t.stats[key]}</dt>
          <dd data-test={`webhook-stat-${key}`} data-value={values[key]} className={`font-semibold tabular-nums ${compact ? 'text-sm' : 'mt-1 text-xl'} ${TONES[key]}`}>
            {formatNumber(values[key], locale)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
