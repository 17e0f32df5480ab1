import Link from 'next/link';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locales';
import type { EventPage } from '@/lib/webhooks/webhooks.schema';
import { EventRow } from './event-row';
import { ReplayButton } from './replay-button';

interface EventListProps {
  endpointId: string;
  page: EventPage;
  /** The page is not the newest one (a cursor was given). */
  paged: boolean;
  deadCount: number;
  canManage: boolean;
  t: Dictionary['webhooks'];
  locale: Locale;
}

/** The endpoint's events, newest first, a page at a time (keyset links, so pages never shift). */
export function EventList({ endpointId, page, paged, deadCount, canManage, t, locale }: EventListProps) {
  const base = `/integrations/webhooks/${endpointId}`;
  return (
    <section aria-labelledby="webhook-events-title" data-test="webhook-events" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h2 id="webhook-events-title" className="text-base font-semibold text-slate-900">{t.events.heading}</h2>
        {canManage ? (
          <ReplayButton endpointId={endpointId} label={fill(t.events.replayDead, { count: deadCount })}
            dataTest="webhook-replay-dead" disabled={deadCount === 0} />
        ) : null}
      </div>
      {page.items.length === 0 ? (
        <p data-test="webhook-events-empty" className="rounded-lg bg-slate-50 p-3 text-sm text-slate-600">{t.events.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {page.items.map((event) => (
            <EventRow key={event.id} event={event} endpointId={endpointId} canManage={canManage} t={t} locale={locale} />
          ))}
        </ul>
      )}
      <nav aria-label={t.events.heading} className="mt-4 flex justify-between text-sm">
        {paged ? <Link href={base} data-test="webhook-events-newest" className="font-medium text-indigo-700 hover:underline">{t.events.newest}</Link> : <span />}
        {page.nextCursor ? (
          <Link href={`${base}?before=${encodeURIComponent(page.nextCursor)}`} data-test="webhook-events-older" className="font-medium text-indigo-700 hover:underline">
            {t.events.older}
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
