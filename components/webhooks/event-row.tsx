import type { ReactNode } from 'react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { formatDubaiDateTime, formatDubaiDateTimeOr } from '@/lib/format/date-time';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { WebhookEventRow, WebhookEventStatus } from '@/lib/webhooks/webhooks.schema';
import { PayloadView } from './payload-view';
import { ReplayButton } from './replay-button';

const TONES: Record<WebhookEventStatus, BadgeTone> = {
  received: 'info', processing: 'info', processed: 'success', failed: 'warning', dead: 'danger',
};

interface EventRowProps {
  event: WebhookEventRow;
  endpointId: string;
  canManage: boolean;
  t: Dictionary['webhooks'];
  locale: Locale;
}

/** One delivery: what it was, where processing stands, and (collapsed) what was sent. */
export function EventRow({ event, endpointId, canManage, t, locale }: EventRowProps) {
  const e = t.events;
  const retrying = event.status === 'failed';
  const facts: Array<[string, ReactNode, string]> = [
    [e.received, formatDubaiDateTime(event.received_at), 'received-at'],
    [e.processed, formatDubaiDateTimeOr(event.processed_at, t.never), 'processed-at'],
    [e.attempts, formatNumber(event.attempts, locale), 'attempts'],
    ...(retrying ? [[e.nextAttempt, formatDubaiDateTime(event.next_attempt_at), 'next-attempt'] as [string, ReactNode, string]] : []),
  ];
  return (
    <li data-test="webhook-event" data-event-id={event.id} data-status={event.status} data-provider-event-id={event.provider_event_id}
      className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={TONES[event.status]} dataTest="webhook-event-status" withDot>{e.status[event.status] ?? event.status}</Badge>
            <span dir="ltr" data-test="webhook-event-type" className="font-mono text-sm font-medium text-slate-900">{event.event_type ?? '—'}</span>
          </p>
          <p className="mt-1 text-xs text-slate-500">
            {e.providerId}: <span dir="ltr" data-test="webhook-event-provider-id" className="break-all font-mono">{event.provider_event_id}</span>
          </p>
        </div>
        {canManage ? <ReplayButton endpointId={endpointId} eventId={event.id} label={e.replay} dataTest="webhook-event-replay" /> : null}
      </div>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        {facts.map(([label, value, key]) => (
          <div key={key}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd data-test={`webhook-event-${key}`} className="tabular-nums text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
      {event.last_error ? (
        <p data-test="webhook-event-error" className="break-words rounded-lg bg-rose-50 p-2 text-xs text-rose-900">
          <span className="font-medium">{e.lastError}: </span><span dir="ltr">{event.last_error}</span>
        </p>
      ) : null}
      {event.processing_note ? (
        <p data-test="webhook-event-note" className="break-words text-xs text-slate-600">
          <span className="font-medium">{e.note}: </span><span dir="ltr">{event.processing_note}</span>
        </p>
      ) : null}
      <div className="flex flex-col gap-2">
        <PayloadView label={e.payload} value={event.payload} dataTest="webhook-event-payload" t={t} />
        <PayloadView label={e.headers} value={event.headers} dataTest="webhook-event-headers" t={t} />
      </div>
    </li>
  );
}
