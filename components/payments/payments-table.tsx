import Link from 'next/link';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { formatAed } from '@/lib/payments/format-money';
import type { PaymentListItem } from '@/lib/payments/payments.schema';
import { PaymentStatusBadge } from './payment-status-badge';

const CELL = 'px-3 py-2.5 text-sm';

/** The organization's payments, newest first; each row opens the payment. */
export function PaymentsTable({ payments, t, locale = 'en' }: { payments: PaymentListItem[]; t: Dictionary['payments']; locale?: Locale }) {
  const h = t.table;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200">
        <caption className="sr-only">{h.caption}</caption>
        <thead className="bg-slate-50 text-start text-xs font-semibold uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className={CELL}>{h.created}</th>
            <th scope="col" className={CELL}>{h.order}</th>
            <th scope="col" className={CELL}>{h.provider}</th>
            <th scope="col" className={CELL}>{h.status}</th>
            <th scope="col" className={`${CELL} text-end`}>{h.amount}</th>
            <th scope="col" className={`${CELL} text-end`}>{h.refunded}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {payments.map((p) => (
            <tr key={p.id} data-test="payments-row" data-payment-id={p.id} data-status={p.status} className="hover:bg-slate-50">
              <td className={`${CELL} whitespace-nowrap tabular-nums text-slate-600`}>
                <time dateTime={p.created_at.toISOString()} data-test="payment-created">
                  {formatDubaiDateTime(p.created_at)}
                </time>
              </td>
              <td className={`${CELL} font-medium text-slate-900`}>
                <Link href={`/integrations/payments/${p.id}`} data-test="payment-order-ref" className="hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">
                  {p.order_reference}
                </Link>
              </td>
              <td className={`${CELL} text-slate-700`} data-test="payment-provider">
                {p.provider_name ?? t.deletedConnection}
              </td>
              <td className={CELL}>
                <PaymentStatusBadge status={p.status} t={t} />
              </td>
              <td className={`${CELL} whitespace-nowrap text-end tabular-nums text-slate-900`} data-test="payment-amount">
                {formatAed(p.amount_fils, locale)}
              </td>
              <td className={`${CELL} whitespace-nowrap text-end tabular-nums text-slate-600`}>
                {p.refunded_fils > 0 ? formatAed(p.refunded_fils, locale) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
