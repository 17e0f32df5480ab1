import type { AnalyticsQuery } from './analytics-range.schema';
import type { AnalyticsPoint, AnalyticsReport } from './analytics.schema';
import { bucketStarts, type AnalyticsWindow } from './analytics-window';
import { p95 } from './histogram';

/** One grouped sum of rollups, as readAnalytics selects it. */
export interface RollupSum {
  level: 'bucket' | 'provider' | 'total';
  bucket: Date | null;
  slug: string | null;
  name: string | null;
  requests: number;
  successful: number;
  failed: number;
  duration_ms: number;
  max_ms: number;
  histogram: number[];
}

const EMPTY = { requests: 0, successful: 0, failed: 0, avgMs: null, p95Ms: null };

function figures(row: RollupSum | undefined): Omit<AnalyticsPoint, 'bucket'> {
  if (!row || row.requests === 0) return EMPTY;
  return {
    requests: row.requests,
    successful: row.successful,
    failed: row.failed,
    avgMs: Math.round(row.duration_ms / row.requests),
    p95Ms: p95(row.histogram, row.max_ms),
  };
}

/** Grouped sums → the page's report: every bucket of the window (zero when quiet), providers by volume. */
export function summarizeAnalytics(query: AnalyticsQuery, window: AnalyticsWindow, rows: readonly RollupSum[]): AnalyticsReport {
  const byBucket = new Map<number, RollupSum>();
  for (const row of rows) if (row.level === 'bucket' && row.bucket) byBucket.set(row.bucket.getTime(), row);
  const total = figures(rows.find((row) => row.level === 'total'));
  const rate = (part: number) => (total.requests > 0 ? part / total.requests : null);
  return {
    range: query.range,
    granularity: window.granularity,
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    totals: { ...total, successRate: rate(total.successful), errorRate: rate(total.failed) },
    series: bucketStarts(window).map((start) => ({ bucket: start.toISOString(), ...figures(byBucket.get(start.getTime())) })),
    providers: rows
      .filter((row) => row.level === 'provider' && row.requests > 0)
      .map((row) => ({ slug: row.slug ?? 'other', name: row.name ?? 'Other', requests: row.requests }))
      .sort((a, b) => b.requests - a.requests || a.name.localeCompare(b.name)),
  };
}
