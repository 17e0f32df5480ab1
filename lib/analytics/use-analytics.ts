'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../query/fetch-json';
import { analyticsParams, type AnalyticsQuery } from './analytics-range.schema';
import { analyticsReportSchema } from './analytics.schema';

/** Rollups change by the hour; a minute keeps the page current without pressing refresh. */
export const ANALYTICS_POLL_MS = 60_000;

export const analyticsKeys = {
  all: ['analytics'] as const,
  report: (query: AnalyticsQuery) => ['analytics', 'report', query] as const,
};

export function useAnalytics(query: AnalyticsQuery) {
  return useQuery({
    queryKey: analyticsKeys.report(query),
    queryFn: ({ signal }) => fetchJson(`/api/analytics?${analyticsParams(query)}`, analyticsReportSchema, signal),
    refetchInterval: ANALYTICS_POLL_MS,
    placeholderData: keepPreviousData,
  });
}
