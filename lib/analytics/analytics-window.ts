import type { AnalyticsQuery } from './analytics-range.schema';

export type Granularity = 'hour' | 'day';

export interface AnalyticsWindow {
  from: Date;
  /** Exclusive. */
  to: Date;
  granularity: Granularity;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
// Asia/Dubai has kept +04:00 without daylight saving since 1920, so day edges are a fixed offset.
const DUBAI_OFFSET_MS = 4 * HOUR_MS;
const DAYS = { week: 7, month: 30, quarter: 90 } as const;

/** Midnight in Dubai of the day `at` falls on. */
export function dubaiDayStart(at: Date): Date {
  return new Date(Math.floor((at.getTime() + DUBAI_OFFSET_MS) / DAY_MS) * DAY_MS - DUBAI_OFFSET_MS);
}

function hourStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

/**
 * A week is read by the hour; longer ranges by the Dubai day. The window ends after the
 * current hour (or day), so the newest rollup is always in it.
 */
export function resolveAnalyticsWindow(query: AnalyticsQuery, now: Date = new Date()): AnalyticsWindow {
  if (query.range === 'custom' && query.from && query.to) {
    const from = new Date(Date.parse(`${query.from}T00:00:00+04:00`));
    const to = new Date(Date.parse(`${query.to}T00:00:00+04:00`) + DAY_MS);
    return { from, to, granularity: to.getTime() - from.getTime() <= 7 * DAY_MS ? 'hour' : 'day' };
  }
  const days = DAYS[query.range === 'custom' ? 'week' : query.range];
  if (days === 7) {
    const to = new Date(hourStart(now).getTime() + HOUR_MS);
    return { from: new Date(to.getTime() - days * DAY_MS), to, granularity: 'hour' };
  }
  const to = new Date(dubaiDayStart(now).getTime() + DAY_MS);
  return { from: new Date(to.getTime() - days * DAY_MS), to, granularity: 'day' };
}

/** Every bucket start of the window, so quiet hours and days still show as zero. */
export function bucketStarts(window: AnalyticsWindow): Date[] {
  const step = window.granularity === 'hour' ? HOUR_MS : DAY_MS;
  const starts: Date[] = [];
  for (let t = window.from.getTime(); t < window.to.getTime(); t += step) starts.push(new Date(t));
  return starts;
}
