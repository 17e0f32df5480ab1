'use client';

import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../query/fetch-json';
import { logDetailSchema, logPageSchema, logStatsSchema } from './log-entry.schema';
import { logFilterParams, type LogFilters } from './log-filters.schema';

/** New entries show up within this many milliseconds, filters untouched. */
export const LOGS_POLL_MS = 10_000;

/** Query keys: one per filter set, so switching back to earlier filters is instant. */
export const logKeys = {
  all: ['logs'] as const,
  list: (filters: LogFilters) => ['logs', 'list', filters] as const,
  stats: (filters: LogFilters) => ['logs', 'stats', filters] as const,
  detail: (at: string, id: string) => ['logs', 'detail', at, id] as const,
};

/** Query string of the filters, for the API and the export link alike. */
export function logsQueryString(filters: LogFilters, extra: Record<string, string> = {}): string {
  const params = logFilterParams(filters);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Pages of entries, newest first; "load more" follows the keyset cursor. Polling refetches
 * the loaded pages from the top, so new entries appear and nothing already shown moves away.
 */
export function useLogPages(filters: LogFilters) {
  return useInfiniteQuery({
    queryKey: logKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      fetchJson(`/api/logs${logsQueryString(filters, pageParam ? { cursor: pageParam } : {})}`, logPageSchema, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: LOGS_POLL_MS,
    placeholderData: keepPreviousData,
  });
}

export function useLogStats(filters: LogFilters) {
  return useQuery({
    queryKey: logKeys.stats(filters),
    queryFn: ({ signal }) => fetchJson(`/api/logs/stats${logsQueryString(filters)}`, logStatsSchema, signal),
    refetchInterval: LOGS_POLL_MS,
    placeholderData: keepPreviousData,
  });
}

/** One entry's redacted detail; entries never change, so it is fetched once. */
export function useLogDetail(key: { at: string; id: string } | null) {
  return useQuery({
    queryKey: logKeys.detail(key?.at ?? '', key?.id ?? ''),
    queryFn: ({ signal }) =>
      fetchJson(`/api/logs/${key!.id}?${new URLSearchParams({ at: key!.at })}`, logDetailSchema, signal),
    enabled: key !== null,
    staleTime: Infinity,
  });
}
