'use client';

import { useState, useSyncExternalStore } from 'react';
import { ConnectionCard } from '@/components/integrations/connection-card';
import { ConnectionsEmptyState } from '@/components/integrations/connections-empty-state';
import { QueryErrorState } from '@/components/logs/query-error-state';
import { useI18n } from '@/components/providers/locale-provider';
import { hubQueryString, type HubFilters } from '@/lib/hub/hub-filters.schema';
import { useHub, type ServerHub } from '@/lib/hub/use-hub';
import { HubFiltersForm } from './hub-filters';
import { HubFilteredEmpty } from './hub-filtered-empty';
import { HubLiveStatus } from './hub-live-status';
import { HubStatsCards } from './hub-stats';

/**
 * The hub below its heading: statistics, filters and cards, polled every 30 s. Filters
 * live in the URL (replaced, not pushed, so Back leaves the hub rather than undoing
 * each choice) and in the query key, so a refresh keeps them.
 */
// True once hydrated: tests (and nothing else) wait for it before using the filters.
const noop = () => () => {};
const useHydrated = () => useSyncExternalStore(noop, () => true, () => false);

export function HubView({ server, canTest }: { server: ServerHub; canTest: boolean }) {
  const { t } = useI18n();
  const [filters, setFilters] = useState<HubFilters>(server.filters);
  const hub = useHub(filters, server);
  const hydrated = useHydrated();

  const changeFilters = (next: HubFilters) => {
    setFilters(next);
    window.history.replaceState(null, '', `/integrations${hubQueryString(next)}`);
  };
  const data = hub.data;

  if (!data) {
    return hub.isError ? (
      <QueryErrorState title={t.hub.loadFailed} error={hub.error} retry={() => void hub.refetch()} />
    ) : (
      <div role="status" data-test="hub-loading" className="h-64 animate-pulse rounded-xl border border-slate-200 bg-white">
        <span className="sr-only">{t.hub.loading}</span>
      </div>
    );
  }
  if (data.stats.total === 0) return <ConnectionsEmptyState canConnect={canTest} />;

  return (
    <div className="space-y-6">
      <HubStatsCards stats={data.stats} />
      <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
        <HubFiltersForm filters={filters} onChange={changeFilters} />
        <HubLiveStatus updatedAt={hub.dataUpdatedAt} failed={hub.isError} shown={data.connections.length} total={data.stats.total} />
      </div>
      <section
        aria-label={t.hub.connectionsLabel}
        aria-busy={hub.isPlaceholderData}
        data-test="hub-connections"
        data-hydrated={hydrated}
        data-state={hub.isPlaceholderData ? 'stale' : 'ready'}
        data-filter-type={filters.type ?? ''}
        data-filter-status={filters.status ?? ''}
      >
        {data.connections.length === 0 ? (
          <HubFilteredEmpty onClear={() => changeFilters({ type: undefined, status: undefined })} />
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {data.connections.map((connection) => (
              <li key={connection.id} className="flex">
                <ConnectionCard connection={connection} canTest={canTest} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
