import Form from 'next/form';
import Link from 'next/link';
import {
  NOTIFICATION_KINDS,
  notificationsHref,
  type NotificationFilters as Filters,
} from '@/lib/notifications/notifications.schema';
import type { Dictionary } from '@/lib/i18n/dictionary';

const TAB = 'rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

function ShowTab({ filters, unreadOnly, label }: { filters: Filters; unreadOnly: boolean; label: string }) {
  const current = filters.unreadOnly === unreadOnly;
  return (
    <Link
      href={notificationsHref({ ...filters, unreadOnly })}
      aria-current={current ? 'page' : undefined}
      data-test={unreadOnly ? 'notifications-filter-unread' : 'notifications-filter-all'}
      className={`${TAB} ${current ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'}`}
    >
      {label}
    </Link>
  );
}

/** Unread/all as links and the kind as a GET form, so filters live in the URL. */
export function NotificationFilters({ filters, t }: { filters: Filters; t: Dictionary['notifications'] }) {
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <nav aria-label={t.filters.show} className="inline-flex w-fit gap-1 rounded-lg bg-slate-100 p-1">
        <ShowTab filters={filters} unreadOnly={false} label={t.filters.all} />
        <ShowTab filters={filters} unreadOnly label={t.filters.unread} />
      </nav>
      <Form action="/integrations/notifications" className="flex items-end gap-2">
        {filters.unreadOnly ? <input type="hidden" name="show" value="unread" /> : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="notifications-kind" className="text-xs font-medium text-slate-600">
            {t.filters.kind}
          </label>
          <select
            id="notifications-kind"
            name="kind"
            defaultValue={filters.kind ?? ''}
            data-test="notifications-filter-kind"
            className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30"
          >
            <option value="">{t.filters.allKinds}</option>
            {NOTIFICATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.kinds[kind]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          data-test="notifications-filter-apply"
          className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          {t.filters.apply}
        </button>
      </Form>
    </div>
  );
}
