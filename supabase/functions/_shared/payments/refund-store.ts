import type postgres from 'postgres';
import type { Sql } from '../db.ts';
import { filsToDecimalString } from '../money/fils.ts';

export type Tx = postgres.TransactionSql;

export interface Refund {
  id: string;
  paymentId: string;
  amountFils: number;
  status: 'pending' | 'succeeded' | 'failed';
  providerRefundId: string | null;
  reason: string | null;
  failureReason: string | null;
  createdAt: Date;
}

function toRefund(row: Record<string, unknown>): Refund {
  return {
    id: row.id as string,
    paymentId: row.payment_id as string,
    amountFils: Number(row.amount_fils),
    status: row.status as Refund['status'],
    providerRefundId: (row.provider_refund_id as string | null) ?? null,
    reason: (row.reason as string | null) ?? null,
    failureReason: (row.failure_reason as string | null) ?? null,
    createdAt: row.created_at as Date,
  };
}

export async function findRefund(sql: Sql | Tx, paymentId: string, idempotencyKey: string): Promise<Refund | null> {
  const [row] = await sql`select * from public.payment_refunds where payment_id = ${paymentId} and idempotency_key = ${idempotencyKey}`;
  return row ? toRefund(row) : null;
}

/** Fils already promised back by refunds still pending at the provider. */
export async function pendingRefundFils(tx: Tx, paymentId: string): Promise<number> {
  const [row] = await tx`select coalesce(sum(amount_fils), 0)::text as pending from public.payment_refunds where payment_id = ${paymentId} and status = 'pending'`;
  return Number(row?.pending ?? 0);
}

export interface NewRefund {
  organizationId: string;
  paymentId: string;
  amountFils: number;
  status: Refund['status'];
  providerRefundId: string | null;
  idempotencyKey: string;
  reason: string | null;
  failureReason: string | null;
  requestedBy: { type: 'user' | 'api_key' | 'service'; id: string | null };
}

export async function insertRefund(tx: Tx, r: NewRefund): Promise<Refund> {
  const [row] = await tx`
    insert into public.payment_refunds (organization_id, payment_id, amount_fils, status, provider_refund_id, idempotency_key,
                                        reason, failure_reason, requested_by_type, requested_by_id)
    values (${r.organizationId}, ${r.paymentId}, ${r.amountFils}, ${r.status}, ${r.providerRefundId}, ${r.idempotencyKey},
            ${r.reason}, ${r.failureReason}, ${r.requestedBy.type}, ${r.requestedBy.id})
    returning *`;
  return toRefund(row!);
}

/** Adds a succeeded refund to the payment; the status follows from what is left. */
export async function applyRefund(tx: Tx, paymentId: string, amountFils: number): Promise<void> {
  await tx`
    update public.payments
       set refunded_fils = refunded_fils + ${amountFils},
           status = case when refunded_fils + ${amountFils} >= amount_fils then 'refunded' else 'partially_refunded' end::public.payment_status
     where id = ${paymentId}`;
}

/**
 * The provider's idempotency key for a refund: derived from the payment and the caller's
 * key, so a refund retried after a timeout is the same refund at Stripe or PayPal even
 * though nothing was recorded the first time. Hashed to fit every provider's limit.
 */
export async function providerRefundKey(paymentId: string, idempotencyKey: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${paymentId}:${idempotencyKey}`));
  return `hub-refund-${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 48)}`;
}

export function refundView(r: Refund) {
  return {
    id: r.id,
    payment_id: r.paymentId,
    amount_fils: r.amountFils,
    amount: filsToDecimalString(r.amountFils),
    status: r.status,
    provider_refund_id: r.providerRefundId,
    reason: r.reason,
    failure_reason: r.failureReason,
    created_at: r.createdAt.toISOString(),
  };
}
