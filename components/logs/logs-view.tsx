'use client';

import { useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import type { LogListItem } from '@/lib/logs/log-entry.schema';
import type { LogFilters } from '@/lib/logs/log-filters.schema';
import { logsQueryString, useLogPages, useLogStats } from '@/lib/logs/use-logs';
import { LogDetailDialog, type LogKey } from './log-detail-dialog';
import { LogFiltersForm } from './log-filters-form';
import { LogStatsCards } from './log-stats-cards';
import { LogTable } from './log-table';
import { LogsEmptyState } from './logs-empty-state';
import { LogsToolbar } from './logs-toolbar';
import { QueryErrorState } from './query-error-state';

interface LogsViewProps {
  initialFilters: LogFilters;
  connections: ReadonlyArray<{ id: string; name: string }>;
}

/**
 * The API Logs page: filters live in the URL (replaced, not pushed, so Back leaves the
 * page) and in the query keys, so the 10-second polling always asks for what is shown.
 */
export function LogsView({ initialFilters, connections }: LogsViewProps) {
  const { t } = useI18n();
  const [filters, setFilters] = useState(initialFilters);
  const [open, setOpen] = useState<LogKey | null>(null);
  const pages = useLogPages(filters);
  const stats = useLogStats(filters);

  const changeFilters = (next: LogFilters) => {
    setFilters(next);
    window.history.replaceState(null, '', `/integrations/logs${logsQueryString(next)}`);
  };
  const items: LogListItem[] = pages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="space-y-5">
      <LogFiltersForm filters={filters} connections={connections} onChange={changeFilters} />
      <LogStatsCards stats={stats.data} loading={stats.isFetching} />
      <LogsToolbar filters={filters} updatedAt={pages.dataUpdatedAt} />
      {pages.isPending ? (
        <div role="status" data-test="logs-loading" className="h-48 animate-pulse rounded-xl border border-slate-200 bg-white">
          <span className="sr-only">{t.common.loading}</span>
        </div>
      ) : pages.isError && !pages.data ? (
        <QueryErrorState title={t.logs.loadFailed} error={pages.error} retry={() => void pages.refetch()} />
      ) : items.length === 0 && !pages.isPlaceholderData ? (
        <LogsEmptyState />
      ) : (
        <>
          <LogTable items={items} state={pages.isPlaceholderData ? 'stale' : 'ready'} onOpen={(item) => setOpen({ at: item.at, id: item.id })} />
          <div className="flex justify-center">
            {pages.hasNextPage ? (
              <button
                type="button"
                onClick={() => void pages.fetchNextPage()}
                disabled={pages.isFetchingNextPage}
                data-test="logs-load-more"
                className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
              >
                {pages.isFetchingNextPage ? t.logs.loadingMore : t.logs.loadMore}
              </button>
            ) : (
              <p data-test="logs-end" className="text-xs text-slate-500">{t.logs.end}</p>
            )}
          </div>
        </>
      )}
      <LogDetailDialog entry={open} onClose={() => setOpen(null)} />
    </div>
  );
}
