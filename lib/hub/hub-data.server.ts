import 'server-only';
import { listConnections } from '@/lib/db/connections';
import type { Tx } from '@/lib/db/pool.server';
import type { HubFilters } from './hub-filters.schema';
import { computeHubStats, filterConnections } from './hub-stats';
import type { HubData } from './hub.schema';

/**
 * The hub for one organization under the caller's RLS. An organization has tens of
 * connections, not thousands, and the stats need all of them, so one query loads them
 * and the filters apply in memory.
 */
export async function loadHub(tx: Tx, organizationId: string, filters: HubFilters): Promise<HubData> {
  const rows = await listConnections(tx, organizationId);
  return { stats: computeHubStats(rows), connections: filterConnections(rows, filters) };
}
