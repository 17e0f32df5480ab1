import { describe, expect, it } from 'vitest';
import { analyticsParams, analyticsQuerySchema } from '../../../lib/analytics/analytics-range.schema';
import { bucketStarts, dubaiDayStart, resolveAnalyticsWindow } from '../../../lib/analytics/analytics-window';

const NOW = new Date('2026-11-25T21:37:00Z'); // 01:37 on 26/11 in Dubai

describe('analytics ranges', () => {
  it('defaults to a week and validates custom dates', () => {
    expect(analyticsQuerySchema.parse({})).toEqual({ range: 'week' });
    expect(analyticsQuerySchema.safeParse({ range: 'custom', from: '2026-11-01' }).error?.issues[0]?.path).toEqual(['to']);
    expect(analyticsQuerySchema.safeParse({ range: 'custom', from: '2026-11-02', to: '2026-11-01' }).success).toBe(false);
    expect(analyticsQuerySchema.safeParse({ range: 'custom', from: '2025-01-01', to: '2026-11-01' }).success).toBe(false);
    expect(analyticsQuerySchema.safeParse({ range: 'year' }).success).toBe(false);
    expect(analyticsParams({ range: 'custom', from: '2026-11-01', to: '2026-11-03' }).toString()).toBe('range=custom&from=2026-11-01&to=2026-11-03');
  });

  it('reads a week by the hour, ending after the current hour', () => {
    const window = resolveAnalyticsWindow({ range: 'week' }, NOW);
    expect(window).toEqual({ from: new Date('2026-11-18T22:00:00Z'), to: new Date('2026-11-25T22:00:00Z'), granularity: 'hour' });
    expect(bucketStarts(window)).toHaveLength(168);
  });

  it('reads months and quarters by the Dubai day', () => {
    expect(dubaiDayStart(NOW)).toEqual(new Date('2026-11-25T20:00:00Z'));
    const quarter = resolveAnalyticsWindow({ range: 'quarter' }, NOW);
    expect(quarter.to).toEqual(new Date('2026-11-26T20:00:00Z'));
    expect(quarter.granularity).toBe('day');
    expect(bucketStarts(quarter)).toHaveLength(90);
    expect(bucketStarts(resolveAnalyticsWindow({ range: 'month' }, NOW))).toHaveLength(30);
  });

  it('takes custom dates as whole Dubai days, hourly up to a week', () => {
    const short = resolveAnalyticsWindow({ range: 'custom', from: '2026-11-01', to: '2026-11-03' }, NOW);
    expect(short).toEqual({ from: new Date('2026-10-31T20:00:00Z'), to: new Date('2026-11-03T20:00:00Z'), granularity: 'hour' });
    expect(resolveAnalyticsWindow({ range: 'custom', from: '2026-10-01', to: '2026-11-03' }, NOW).granularity).toBe('day');
  });
});
