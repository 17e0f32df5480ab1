'use client';

import { useState, useTransition } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { loadMoreNotificationsAction } from '@/lib/notifications/notifications.actions';
import type {
  NotificationFilters,
  NotificationItem,
  NotificationPage,
} from '@/lib/notifications/notifications.schema';
import { MarkAllReadButton } from './mark-all-read-button';
import { NotificationRow } from './notification-row';

interface NotificationListProps {
  initial: NotificationPage;
  /** The database time the first page was read at; "Mark all" stops there. */
  asOf: string;
  filters: NotificationFilters;
  unreadCount: number;
}

/**
 * The list after the server's first page: "Load more" appends pages here, and marking
 * read updates rows in place (the server refresh updates the badge and counts).
 * Keyed by filter in the page, so a new filter starts a new list.
 */
export function NotificationList({ initial, asOf: initialAsOf, filters, unreadCount }: NotificationListProps) {
  // Held, not re-read from props: a refresh must not let "Mark all" reach rows this list never showed.
  const { t } = useI18n();
  const [asOf] = useState(initialAsOf);
  const [items, setItems] = useState<NotificationItem[]>(initial.items);
  const [nextCursor, setNextCursor] = useState(initial.nextCursor);
  const [status, setStatus] = useState<string>('');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();

  function markLocally(isRead: (item: NotificationItem) => boolean, message: string | undefined) {
    const now = new Date();
    setItems((current) => current.map((item) => (item.read_at === null && isRead(item) ? { ...item, read_at: now } : item)));
    setStatus(message ?? '');
  }

  function loadMore() {
    if (!nextCursor) return;
    setLoadError(null);
    startLoading(async () => {
      const result = await loadMoreNotificationsAction({ cursor: nextCursor, ...filters });
      if (result.status === 'error') {
        setLoadError(result.message);
        return;
      }
      setItems((current) => {
        const seen = new Set(current.map((item) => item.id));
        return [...current, ...result.page.items.filter((item) => !seen.has(item.id))];
      });
      setNextCursor(result.page.nextCursor);
    });
  }

  return (
    <section aria-label={t.notifications.list.label} className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" aria-live="polite" className="text-sm text-slate-600" data-test="notifications-status">
          {status}
        </p>
        <MarkAllReadButton
          before={asOf}
          disabled={unreadCount === 0}
          onMarked={(message) => markLocally(() => true, message)}
        />
      </div>

      <ul className="space-y-3">
        {items.map((item) => (
          <NotificationRow
            key={item.id}
            notification={item}
            onMarked={(id, message) => markLocally((candidate) => candidate.id === id, message)}
          />
        ))}
      </ul>

      {nextCursor ? (
        <div className="flex flex-col items-center gap-2 pt-2">
          <button
            type="button"
            onClick={loadMore}
            disabled={loading}
            data-test="notifications-load-more"
            className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-wait disabled:opacity-60"
          >
            {loading ? t.notifications.list.loading : t.notifications.list.loadMore}
          </button>
          {loadError ? (
            <p role="alert" className="text-sm text-rose-700">
              {loadError}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
