import type { LogFilters, LogRange } from './log-filters.schema';

/** The time window a filter covers; `to` is open-ended for the "last …" ranges. */
export interface LogWindow {
  from: Date;
  to: Date | null;
}

const HOUR_MS = 3_600_000;
const SPANS: Record<Exclude<LogRange, 'custom'>, number> = {
  '1h': HOUR_MS,
  '24h': 24 * HOUR_MS,
  '7d': 7 * 24 * HOUR_MS,
  '30d': 30 * 24 * HOUR_MS,
  '90d': 90 * 24 * HOUR_MS,
};

/**
 * "Last …" ranges have no upper bound, so a row written a moment after the request
 * (by a database whose clock runs ahead of this server's) still shows on the next poll.
 */
export function resolveLogWindow(filters: LogFilters, now: Date = new Date()): LogWindow {
  if (filters.range === 'custom' && filters.from && filters.to) {
    return { from: new Date(filters.from), to: new Date(filters.to) };
  }
  const span = filters.range === 'custom' ? SPANS['24h'] : SPANS[filters.range];
  return { from: new Date(now.getTime() - span), to: null };
}
