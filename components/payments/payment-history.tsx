import { formatDubaiDateTime } from '@/lib/format/date-time';
import type { StatusChange } from '@/lib/payments/payments.schema';
import { SOURCE_LABELS, STATUS_LABELS } from './payment-labels';

/** Every status the payment went through, oldest first, and what moved it. */
export function PaymentHistory({ history }: { history: StatusChange[] }) {
  return (
    <ol className="space-y-2" aria-label="Status history">
      {history.map((h) => (
        <li key={h.id} data-test="payment-history-entry" className="flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-md bg-white px-3 py-2 text-sm ring-1 ring-slate-200">
          <time dateTime={h.created_at.toISOString()} className="tabular-nums text-slate-500">{formatDubaiDateTime(h.created_at)}</time>
          <span className="font-medium text-slate-900" data-test="payment-history-status">
            {h.from_status ? `${STATUS_LABELS[h.from_status]} → ` : ''}
            {STATUS_LABELS[h.to_status]}
          </span>
          <span className="text-xs text-slate-500">{SOURCE_LABELS[h.source] ?? h.source}</span>
          {h.detail ? <span className="w-full break-words text-xs text-slate-600">{h.detail}</span> : null}
        </li>
      ))}
    </ol>
  );
}
