import Form from 'next/form';
import Link from 'next/link';
import {
  NOTIFICATION_KINDS,
  notificationsHref,
  type NotificationFilters as Filters,
} from '@/lib/notifications/notifications.schema';
import { KIND_LABELS } from './notification-labels';

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
export function NotificationFilters({ filters }: { filters: Filters }) {
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <nav aria-label="Show" className="inline-flex w-fit gap-1 rounded-lg bg-slate-100 p-1">
        <ShowTab filters={filters} unreadOnly={false} label="All" />
        <ShowTab filters={filters} unreadOnly label="Unread" />
      </nav>
      <Form action="/integrations/notifications" className="flex items-end gap-2">
        {filters.unreadOnly ? <input type="hidden" name="show" value="unread" /> : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="notifications-kind" className="text-xs font-medium text-slate-600">
            Kind
          </label>
          <select
            id="notifications-kind"
            name="kind"
            defaultValue={filters.kind ?? ''}
            data-test="notifications-filter-kind"
            className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30"
          >
            <option value="">All kinds</option>
            {NOTIFICATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          data-test="notifications-filter-apply"
          className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          Apply
        </button>
      </Form>
    </div>
  );
}
