import { formatDubaiDateTime } from '@/lib/format/date-time';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { StatusChange } from '@/lib/payments/payments.schema';

/** Every status the payment went through, oldest first, and what moved it. */
export function PaymentHistory({ history, t }: { history: StatusChange[]; t: Dictionary['payments'] }) {
  return (
    <ol className="space-y-2" aria-label={t.detail.history}>
      {history.map((h) => (
        <li key={h.id} data-test="payment-history-entry" className="flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-md bg-white px-3 py-2 text-sm ring-1 ring-slate-200">
          <time dateTime={h.created_at.toISOString()} className="tabular-nums text-slate-500">{formatDubaiDateTime(h.created_at)}</time>
          <span className="font-medium text-slate-900" data-test="payment-history-status">
            {/* The arrow follows the reading direction. */}
            {h.from_status ? <>{t.statuses[h.from_status]} <span className="inline-block rtl:-scale-x-100">→</span> </> : null}
            {t.statuses[h.to_status]}
          </span>
          <span className="text-xs text-slate-500">{t.sources[h.source] ?? h.source}</span>
          {h.detail ? <span className="w-full break-words text-xs text-slate-600">{h.detail}</span> : null}
        </li>
      ))}
    </ol>
  );
}
