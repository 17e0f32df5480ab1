/** Upper edges (ms) of the rollups' 12 latency buckets; the last is open-ended. */
export const HISTOGRAM_EDGES = [10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, Infinity] as const;

/**
 * A percentile read from bucket counts: the bucket holding the target rank, linearly
 * interpolated inside it (the open last bucket ends at the largest duration seen).
 * Null without any calls.
 */
export function percentileFromHistogram(counts: readonly number[], fraction: number, maxDurationMs = 30000): number | null {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total <= 0) return null;
  const rank = Math.max(1, Math.ceil(fraction * total));
  let seen = 0;
  for (let i = 0; i < HISTOGRAM_EDGES.length; i++) {
    const count = counts[i] ?? 0;
    if (count > 0 && seen + count >= rank) {
      const lower = i === 0 ? 0 : HISTOGRAM_EDGES[i - 1]!;
      const edge = HISTOGRAM_EDGES[i]!;
      const upper = Number.isFinite(edge) ? edge : Math.max(maxDurationMs, lower);
      return Math.round(lower + ((rank - seen) / count) * (upper - lower));
    }
    seen += count;
  }
  return null;
}

export const p95 = (counts: readonly number[], maxDurationMs?: number) => percentileFromHistogram(counts, 0.95, maxDurationMs);
