'use client';

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { fetchJson } from '@/lib/query/fetch-json';
import { hubQueryString, type HubFilters } from './hub-filters.schema';
import { hubDataSchema, type HubData } from './hub.schema';

/** Health checks and new connections show up within this many milliseconds. */
export const HUB_POLL_MS = 30_000;

export const hubKeys = {
  all: ['hub'] as const,
  list: (filters: HubFilters) => ['hub', 'list', filters.type ?? null, filters.status ?? null] as const,
};

/** What the server rendered, and for which filters. */
export interface ServerHub {
  filters: HubFilters;
  data: HubData;
}

/**
 * The hub for `filters`, polled every 30 s. The server's render seeds the cache; when the
 * server renders again (a "Test now" refreshes the route) its newer data replaces the
 * cached copy, which TanStack Query would otherwise ignore as mere initial data.
 */
export function useHub(filters: HubFilters, server: ServerHub) {
  const queryClient = useQueryClient();
  useEffect(() => {
    queryClient.setQueryData(hubKeys.list(server.filters), server.data);
  }, [queryClient, server]);

  const seeded = server.filters.type === filters.type && server.filters.status === filters.status;
  return useQuery({
    queryKey: hubKeys.list(filters),
    queryFn: ({ signal }) => fetchJson(`/api/hub${hubQueryString(filters)}`, hubDataSchema, signal),
    initialData: seeded ? server.data : undefined,
    refetchInterval: HUB_POLL_MS,
    placeholderData: keepPreviousData,
  });
}
