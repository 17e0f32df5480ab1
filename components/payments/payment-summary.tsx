import type { ReactNode } from 'react';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import type { Locale } from '@/lib/i18n/locales';
import { formatAed, formatMinor } from '@/lib/payments/format-money';
import type { PaymentDetail } from '@/lib/payments/payments.schema';
import { REQUESTER_LABELS } from './payment-labels';
import { PaymentStatusBadge } from './payment-status-badge';

function Item({ label, children, test }: { label: string; children: ReactNode; test?: string }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words text-sm text-slate-900" data-test={test}>
        {children}
      </dd>
    </div>
  );
}

/** The facts of one payment: money, provider, references, and why it failed if it did. */
export function PaymentSummary({ payment: p, locale = 'en' }: { payment: PaymentDetail; locale?: Locale }) {
  return (
    <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-3">
      <Item label="Amount" test="payment-detail-amount">{formatAed(p.amount_fils, locale)}</Item>
      <Item label="Status"><PaymentStatusBadge status={p.status} /></Item>
      <Item label="Refunded" test="payment-detail-refunded">{p.refunded_fils > 0 ? formatAed(p.refunded_fils, locale) : 'Nothing'}</Item>
      <Item label="Provider">{p.provider_name ? `${p.provider_name} (${p.connection_name})` : 'Deleted connection'}</Item>
      <Item label="Order reference">{p.order_reference}</Item>
      <Item label="Created">
        <time dateTime={p.created_at.toISOString()} className="tabular-nums">{formatDubaiDateTime(p.created_at)}</time>
      </Item>
      <Item label="Provider id">{p.provider_payment_id ?? 'Not yet answered'}</Item>
      <Item label="Requested by">{REQUESTER_LABELS[p.requested_by_type] ?? p.requested_by_type}</Item>
      {p.charged_currency && p.charged_amount_minor !== null ? (
        <Item label="Charged as" test="payment-detail-conversion">
          {formatMinor(p.charged_amount_minor, p.charged_currency)} at {p.conversion_rate} {p.charged_currency} per AED
        </Item>
      ) : null}
      {p.description ? <Item label="Description">{p.description}</Item> : null}
      {p.failure_reason ? <Item label="Last provider error" test="payment-detail-failure">{p.failure_reason}</Item> : null}
    </dl>
  );
}
