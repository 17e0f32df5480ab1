import Link from 'next/link';
import type { NotificationFilters } from '@/lib/notifications/notifications.schema';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { fill } from '@/lib/i18n/fill';

function message({ unreadOnly, kind }: NotificationFilters, t: Dictionary['notifications']): string {
  // Lower case is a no-op in Arabic; English reads "no unread health changed notifications".
  const what = kind ? fill(t.empty.whatOfKind, { kind: t.kinds[kind].toLowerCase() }) : t.empty.what;
  return fill(unreadOnly ? t.empty.unread : t.empty.none, { what });
}

export function NotificationsEmptyState({ filters, t }: { filters: NotificationFilters; t: Dictionary['notifications'] }) {
  const filtered = filters.unreadOnly || filters.kind !== undefined;
  return (
    <div
      data-test="notifications-empty"
      className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-14 text-center"
    >
      <h2 className="text-base font-semibold text-slate-900">{message(filters, t)}</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
        {t.empty.hint}
      </p>
      {filtered ? (
        <Link
          href="/integrations/notifications"
          className="mt-6 inline-flex items-center rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          {t.empty.showAll}
        </Link>
      ) : null}
    </div>
  );
}
