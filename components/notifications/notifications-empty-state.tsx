import Link from 'next/link';
import type { NotificationFilters } from '@/lib/notifications/notifications.schema';
import { KIND_LABELS } from './notification-labels';

function message({ unreadOnly, kind }: NotificationFilters): string {
  const what = kind ? `${KIND_LABELS[kind].toLowerCase()} notifications` : 'notifications';
  return unreadOnly ? `You’re all caught up — no unread ${what}.` : `No ${what} yet.`;
}

export function NotificationsEmptyState({ filters }: { filters: NotificationFilters }) {
  const filtered = filters.unreadOnly || filters.kind !== undefined;
  return (
    <div
      data-test="notifications-empty"
      className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-14 text-center"
    >
      <h2 className="text-base font-semibold text-slate-900">{message(filters)}</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
        Health changes, rate limits crossed, webhook dead letters and failed token refreshes of your connections
        appear here.
      </p>
      {filtered ? (
        <Link
          href="/integrations/notifications"
          className="mt-6 inline-flex items-center rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          Show all notifications
        </Link>
      ) : null}
    </div>
  );
}
