import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PaymentHistory } from '@/components/payments/payment-history';
import { PaymentRefunds } from '@/components/payments/payment-refunds';
import { PaymentSummary } from '@/components/payments/payment-summary';
import { RefundForm } from '@/components/payments/refund-form';
import { requireMember } from '@/lib/auth/current-member';
import { hasRole } from '@/lib/auth/roles';
import { withRls } from '@/lib/db/with-rls';
import { fill } from '@/lib/i18n/fill';
import { getDictionary, getLocale } from '@/lib/i18n/locale.server';
import { formatAed } from '@/lib/payments/format-money';
import { getPayment } from '@/lib/payments/payments';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).payments.detailTitle };
}

// Telr has no refund API: its refunds are made in its dashboard and arrive by webhook.
const REFUNDABLE_PROVIDERS = new Set(['stripe', 'paypal', 'network_international']);

export default async function PaymentPage({ params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  const member = await requireMember();
  const found = await withRls(member.claims, (tx) => getPayment(tx, member.organizationId, paymentId));
  if (!found) notFound();
  const { payment, history, refunds } = found;
  const [dictionary, locale] = await Promise.all([getDictionary(), getLocale()]);
  const t = dictionary.payments;
  const remaining = payment.amount_fils - payment.refunded_fils;
  const refundable = (payment.status === 'succeeded' || payment.status === 'partially_refunded') && remaining > 0;
  const canRefund = hasRole(member.role, 'admin') && refundable && REFUNDABLE_PROVIDERS.has(payment.provider_slug ?? '');

  return (
    <div className="mx-auto max-w-4xl" data-test="payment-detail" data-payment-id={payment.id}>
      <Link href="/integrations/payments" className="text-sm font-medium text-indigo-700 hover:underline">{t.detail.back}</Link>
      <header className="mb-6 mt-2">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{fill(t.detail.heading, { order: payment.order_reference })}</h1>
        <p className="mt-1 text-sm text-slate-600">{dictionary.common.dubaiTime}</p>
      </header>

      <PaymentSummary payment={payment} t={t} locale={locale} />

      {canRefund ? (
        <section aria-labelledby="refund-heading" className="mt-8">
          <h2 id="refund-heading" className="mb-3 text-base font-semibold text-slate-900">{t.detail.refund}</h2>
          <RefundForm paymentId={payment.id} remainingLabel={formatAed(remaining, locale)} idempotencyKey={`dashboard-${randomUUID()}`} />
        </section>
      ) : null}
      {hasRole(member.role, 'admin') && refundable && payment.provider_slug === 'telr' ? (
        <p className="mt-8 text-sm text-slate-600" data-test="payment-refund-elsewhere">
          {t.detail.telrRefunds}
        </p>
      ) : null}

      <section aria-labelledby="refunds-heading" className="mt-8">
        <h2 id="refunds-heading" className="mb-3 text-base font-semibold text-slate-900">{t.detail.refunds}</h2>
        <PaymentRefunds refunds={refunds} t={t} locale={locale} />
      </section>

      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="mb-3 text-base font-semibold text-slate-900">{t.detail.history}</h2>
        <PaymentHistory history={history} t={t} />
      </section>
    </div>
  );
}
