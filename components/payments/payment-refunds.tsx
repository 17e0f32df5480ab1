import { Badge, type BadgeTone } from '@/components/ui/badge';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locales';
import { formatAed } from '@/lib/payments/format-money';
import type { RefundItem } from '@/lib/payments/payments.schema';

const TONE: Record<RefundItem['status'], BadgeTone> = { pending: 'info', succeeded: 'success', failed: 'danger' };

/** The payment's refunds, including ones the provider refused (with its reason). */
export function PaymentRefunds({ refunds, t, locale = 'en' }: { refunds: RefundItem[]; t: Dictionary['payments']; locale?: Locale }) {
  if (refunds.length === 0) return <p className="text-sm text-slate-600" data-test="payment-refunds-empty">{t.refunds.none}</p>;
  return (
    <ul className="space-y-2">
      {refunds.map((r) => (
        <li key={r.id} data-test="payment-refund" className="rounded-md bg-white px-3 py-2 text-sm ring-1 ring-slate-200">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-medium tabular-nums text-slate-900" data-test="payment-refund-amount">{formatAed(r.amount_fils, locale)}</span>
            <Badge tone={TONE[r.status]} dataTest="payment-refund-status">{t.refunds[r.status]}</Badge>
            <time dateTime={r.created_at.toISOString()} className="tabular-nums text-slate-500">{formatDubaiDateTime(r.created_at)}</time>
            <span className="text-xs text-slate-500">{fill(t.refunds.by, { who: t.requesters[r.requested_by_type] ?? r.requested_by_type })}</span>
          </div>
          {r.reason ? <p className="mt-1 text-xs text-slate-600">{fill(t.refunds.reason, { reason: r.reason })}</p> : null}
          {r.failure_reason ? <p className="mt-1 text-xs text-rose-700">{r.failure_reason}</p> : null}
        </li>
      ))}
    </ul>
  );
}
