// Payment and refund actions against public.payments, matched by (connection, provider
// payment id). The row is locked first, so two events for one payment (a success and its
// refund, say) apply one after the other, and statuses only move forward.
import type postgres from 'postgres';
import type { WebhookAction } from '../_shared/webhook-processing/actions.ts';
import { refundedFils } from '../_shared/webhook-processing/money.ts';
import { nextPaymentStatus } from '../_shared/webhook-processing/status-order.ts';
import type { PaymentStatus } from '../_shared/webhook-processing/actions.ts';

export type Tx = postgres.TransactionSql;
type PaymentAction = Extract<WebhookAction, { kind: 'payment' }>;
type RefundAction = Extract<WebhookAction, { kind: 'refund' }>;
export interface EventRef {
  id: string;
  organizationId: string;
  connectionId: string;
}

interface LockedPayment {
  id: string;
  status: PaymentStatus;
  amount_fils: string;
  refunded_fils: string;
  charged_amount_minor: string | null;
}

async function lockPayment(tx: Tx, event: EventRef, providerIds: string[]): Promise<LockedPayment | null> {
  const [row] = await tx<LockedPayment[]>`
    select id, status, amount_fils, refunded_fils, charged_amount_minor from public.payments
     where connection_id = ${event.connectionId} and provider_payment_id in ${tx(providerIds)}
     order by created_at limit 1 for update`;
  return row ?? null;
}

const notFound = (ids: string[]) => `no payment with provider id ${ids.join(' or ')} on this connection`;

export async function applyPayment(tx: Tx, event: EventRef, action: PaymentAction): Promise<string | null> {
  const payment = await lockPayment(tx, event, action.providerPaymentIds);
  if (!payment) return notFound(action.providerPaymentIds);
  const next = nextPaymentStatus(payment.status, action.status);
  if (!next) return `payment already ${payment.status}; ${action.status} not applied`;
  await tx`
    update public.payments
       set status = ${next}, failure_reason = ${next === 'failed' ? (action.failureReason ?? null) : null}
     where id = ${payment.id}`;
  return null;
}

/** Records one provider refund once; a refund the hub itself requested is marked succeeded. */
async function recordRefund(tx: Tx, event: EventRef, paymentId: string, refundId: string, fils: number): Promise<void> {
  const updated = await tx`
    update public.payment_refunds set status = 'succeeded'
     where payment_id = ${paymentId} and provider_refund_id = ${refundId} returning id`;
  if (updated.length > 0) return;
  await tx`
    insert into public.payment_refunds (organization_id, payment_id, amount_fils, status, provider_refund_id,
                                        idempotency_key, requested_by_type, reason)
    values (${event.organizationId}, ${paymentId}, ${fils}, 'succeeded', ${refundId},
            ${`webhook:${refundId}`}, 'provider', 'reported by provider webhook')
    on conflict (payment_id, idempotency_key) do nothing`;
}

export async function applyRefund(tx: Tx, event: EventRef, action: RefundAction): Promise<string | null> {
  const payment = await lockPayment(tx, event, action.providerPaymentIds);
  if (!payment) return notFound(action.providerPaymentIds);
  const amount = Number(payment.amount_fils);
  const charged = payment.charged_amount_minor === null ? null : Number(payment.charged_amount_minor);
  let refunded = Number(payment.refunded_fils);
  if (action.full) refunded = amount;
  else if (action.totalRefundedMinor !== undefined) refunded = Math.max(refunded, refundedFils(action.totalRefundedMinor, amount, charged));
  else if (action.amountMinor !== undefined && action.providerRefundId) {
    await recordRefund(tx, event, payment.id, action.providerRefundId, refundedFils(action.amountMinor, amount, charged));
    const [sum] = await tx`select coalesce(sum(amount_fils), 0)::bigint as total from public.payment_refunds
                            where payment_id = ${payment.id} and status = 'succeeded'`;
    refunded = Math.max(refunded, Math.min(Number(sum!.total), amount));
  } else if (action.amountMinor !== undefined) refunded = Math.max(refunded, refundedFils(action.amountMinor, amount, charged));
  const incoming: PaymentStatus = action.full || refunded >= amount ? 'refunded' : 'partially_refunded';
  const next = nextPaymentStatus(payment.status, incoming);
  await tx`
    update public.payments set refunded_fils = greatest(refunded_fils, ${refunded}), status = ${next ?? payment.status}
     where id = ${payment.id}`;
  return next ? null : `payment already ${payment.status}; refunded amount updated`;
}
