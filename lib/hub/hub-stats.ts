import type { ConnectionListRow, HealthStatus } from '../db/connections.schema';
import type { HubFilters } from './hub-filters.schema';

export interface HubStats {
  total: number;
  active: number;
  errors: number;
  health: Record<HealthStatus, number>;
}

type Row = Pick<ConnectionListRow, 'status' | 'health_status' | 'category'>;

/** The statistics cards: over all of the organization's connections, whatever the filters. */
export function computeHubStats(rows: readonly Row[]): HubStats {
  const health: Record<HealthStatus, number> = { healthy: 0, degraded: 0, down: 0, unknown: 0 };
  let active = 0;
  let errors = 0;
  for (const row of rows) {
    health[row.health_status] += 1;
    if (row.status === 'active') active += 1;
    if (row.status === 'error') errors += 1;
  }
  return { total: rows.length, active, errors, health };
}

export function filterConnections<R extends Row>(rows: readonly R[], filters: HubFilters): R[] {
  return rows.filter(
    (row) => (!filters.type || row.category === filters.type) && (!filters.status || row.status === filters.status),
  );
}
