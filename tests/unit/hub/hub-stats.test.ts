import { describe, expect, it } from 'vitest';
import { hubFiltersSchema, hubQueryString, parseHubFilters } from '../../../lib/hub/hub-filters.schema';
import { computeHubStats, filterConnections } from '../../../lib/hub/hub-stats';

const rows = [
  { name: 'a', category: 'payment', status: 'active', health_status: 'healthy' },
  { name: 'b', category: 'shipping', status: 'active', health_status: 'degraded' },
  { name: 'c', category: 'social', status: 'error', health_status: 'down' },
  { name: 'd', category: 'messaging', status: 'pending', health_status: 'unknown' },
  { name: 'e', category: 'messaging', status: 'disabled', health_status: 'unknown' },
] as const;

describe('hub statistics', () => {
  it('counts total, active, errors and each health state', () => {
    expect(computeHubStats(rows)).toEqual({
      total: 5,
      active: 2,
      errors: 1,
      health: { healthy: 1, degraded: 1, down: 1, unknown: 2 },
    });
    expect(computeHubStats([])).toEqual({ total: 0, active: 0, errors: 0, health: { healthy: 0, degraded: 0, down: 0, unknown: 0 } });
  });

  it('filters by type and status together', () => {
    expect(filterConnections(rows, { type: 'messaging', status: undefined }).map((r) => r.name)).toEqual(['d', 'e']);
    expect(filterConnections(rows, { type: undefined, status: 'active' }).map((r) => r.name)).toEqual(['a', 'b']);
    expect(filterConnections(rows, { type: 'messaging', status: 'active' })).toEqual([]);
  });
});

describe('hub filters in the URL', () => {
  it('reads known values, treats empty and unknown ones as "all", and writes them back', () => {
    expect(parseHubFilters({ type: 'shipping', status: ['error', 'active'] })).toEqual({ type: 'shipping', status: 'error' });
    expect(parseHubFilters({ type: '', status: 'bogus' })).toEqual({ type: undefined, status: undefined });
    expect(hubFiltersSchema.parse({})).toEqual({});
    expect(hubFiltersSchema.parse({ status: 'active' })).toEqual({ status: 'active' });
    expect(hubQueryString({ type: 'social', status: 'active' })).toBe('?type=social&status=active');
    expect(hubQueryString({ type: undefined, status: undefined })).toBe('');
  });
});
