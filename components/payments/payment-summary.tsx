import type { ReactNode } from 'react';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { fill } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locales';
import { formatAed, formatMinor } from '@/lib/payments/format-money';
import type { PaymentDetail } from '@/lib/payments/payments.schema';
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
export function PaymentSummary({ payment: p, t, locale = 'en' }: { payment: PaymentDetail; t: Dictionary['payments']; locale?: Locale }) {
  const s = t.summaryItems;
  return (
    <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-3">
      <Item label={s.amount} test="payment-detail-amount">{formatAed(p.amount_fils, locale)}</Item>
      <Item label={s.status}><PaymentStatusBadge status={p.status} t={t} /></Item>
      <Item label={s.refunded} test="payment-detail-refunded">{p.refunded_fils > 0 ? formatAed(p.refunded_fils, locale) : s.nothing}</Item>
      <Item label={s.provider}>
        {p.provider_name ? fill(s.providerConnection, { provider: p.provider_name, connection: p.connection_name ?? '' }) : t.deletedConnection}
      </Item>
      <Item label={s.orderReference}>{p.order_reference}</Item>
      <Item label={s.created}>
        <time dateTime={p.created_at.toISOString()} className="tabular-nums">{formatDubaiDateTime(p.created_at)}</time>
      </Item>
      <Item label={s.providerId}>{p.provider_payment_id ?? s.notAnswered}</Item>
      <Item label={s.requestedBy}>{t.requesters[p.requested_by_type] ?? p.requested_by_type}</Item>
      {p.charged_currency && p.charged_amount_minor !== null ? (
        <Item label={s.chargedAs} test="payment-detail-conversion">
          {fill(s.conversion, { amount: formatMinor(p.charged_amount_minor, p.charged_currency), rate: String(p.conversion_rate), currency: p.charged_currency })}
        </Item>
      ) : null}
      {p.description ? <Item label={s.description}>{p.description}</Item> : null}
      {p.failure_reason ? <Item label={s.lastError} test="payment-detail-failure">{p.failure_reason}</Item> : null}
    </dl>
  );
}
