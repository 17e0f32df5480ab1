import Link from 'next/link';
import { formatDubaiDateTimeOr } from '@/lib/format/date-time';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import type { WebhookEndpoint } from '@/lib/webhooks/webhooks.schema';
import { ActiveBadge, EventTypeChips } from './endpoint-badges';
import { EndpointStats } from './endpoint-stats';

interface EndpointListProps {
  endpoints: WebhookEndpoint[];
  canManage: boolean;
  t: Dictionary['webhooks'];
  locale: Locale;
}

/** The organization's endpoints as cards (they stack on a phone); each opens its events. */
export function EndpointList({ endpoints, canManage, t, locale }: EndpointListProps) {
  if (endpoints.length === 0) {
    return (
      <p data-test="webhooks-empty" className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
        {canManage ? t.list.emptyAdmin : t.list.emptyViewer}
      </p>
    );
  }
  return (
    <ul className="flex flex-col gap-4">
      {endpoints.map((e) => (
        <li key={e.id} data-test="webhook-endpoint" data-endpoint-id={e.id} data-active={e.is_active}
          className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0">
              {/* Flex items follow the page direction; inline spans of Latin names would be reordered in Arabic. */}
              <p className="flex flex-wrap items-baseline gap-x-2 font-semibold text-slate-900">
                <span data-test="webhook-connection-name">{e.connection_name}</span>
                <span className="text-sm font-normal text-slate-500" data-test="webhook-provider">{e.provider_name}</span>
              </p>
              <p className="mt-0.5 break-words text-sm text-slate-600" data-test="webhook-description">{e.description ?? t.list.noDescription}</p>
            </div>
            <ActiveBadge active={e.is_active} t={t} />
          </div>
          <EventTypeChips types={e.event_types} t={t} />
          <EndpointStats stats={e.stats} t={t} locale={locale} compact />
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <p className="text-slate-600">
              {t.list.lastTriggered}:{' '}
              <span data-test="webhook-last-triggered" className="tabular-nums text-slate-800">
                {formatDubaiDateTimeOr(e.stats.last_received_at, t.never)}
              </span>
            </p>
            <Link href={`/integrations/webhooks/${e.id}`} data-test="webhook-open" className="font-medium text-indigo-700 hover:underline">
              {t.list.open}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
