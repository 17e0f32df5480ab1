import { describe, expect, it } from 'vitest';
import { summarizeAnalytics, type RollupSum } from '../../../lib/analytics/summarize-analytics';

const window = { from: new Date('2026-11-24T20:00:00Z'), to: new Date('2026-11-26T20:00:00Z'), granularity: 'day' as const };
const histogram = (fast: number, slow: number) => [0, 0, 0, fast, 0, 0, 0, slow, 0, 0, 0, 0];
const row = (partial: Partial<RollupSum>): RollupSum => ({
  level: 'total', bucket: null, slug: null, name: null, requests: 0, successful: 0, failed: 0,
  duration_ms: 0, max_ms: 0, histogram: histogram(0, 0), ...partial,
});

describe('summarizeAnalytics', () => {
  it('fills quiet buckets with zero, derives rates and p95, and sorts providers by volume', () => {
    const report = summarizeAnalytics({ range: 'custom', from: '2026-11-25', to: '2026-11-26' }, window, [
      row({ level: 'bucket', bucket: new Date('2026-11-25T20:00:00Z'), requests: 100, successful: 90, failed: 10, duration_ms: 20_000, max_ms: 2400, histogram: histogram(90, 10) }),
      row({ level: 'provider', slug: 'aramex', name: 'Aramex', requests: 40 }),
      row({ level: 'provider', slug: 'stripe', name: 'Stripe', requests: 60 }),
      row({ level: 'provider', slug: null, name: null, requests: 0 }),
      row({ requests: 100, successful: 90, failed: 10, duration_ms: 20_000, max_ms: 2400, histogram: histogram(90, 10) }),
    ]);
    expect(report.series.map((point) => [point.bucket, point.requests])).toEqual([
      ['2026-11-24T20:00:00.000Z', 0],
      ['2026-11-25T20:00:00.000Z', 100],
    ]);
    expect(report.series[0]).toMatchObject({ avgMs: null, p95Ms: null });
    expect(report.totals).toEqual({ requests: 100, successful: 90, failed: 10, avgMs: 200, p95Ms: 1750, successRate: 0.9, errorRate: 0.1 });
    expect(report.providers).toEqual([
      { slug: 'stripe', name: 'Stripe', requests: 60 },
      { slug: 'aramex', name: 'Aramex', requests: 40 },
    ]);
  });

  it('reports no rates without calls', () => {
    const report = summarizeAnalytics({ range: 'week' }, window, []);
    expect(report.totals).toEqual({ requests: 0, successful: 0, failed: 0, avgMs: null, p95Ms: null, successRate: null, errorRate: null });
  });
});
