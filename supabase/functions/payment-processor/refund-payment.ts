import { HttpError } from '../_shared/http/errors.ts';
import { formatAed } from '../_shared/money/format.ts';
import { refundShare } from '../_shared/payments/currency-conversion.ts';
import { openGateway, type ProcessorDeps } from '../_shared/payments/open-gateway.ts';
import { requestedBy, statusSource, type PaymentCaller } from '../_shared/payments/payment-caller.ts';
import { paymentView, toPayment, type Payment } from '../_shared/payments/payment-row.ts';
import { refundBody, type RefundInput } from '../_shared/payments/payment-request.schema.ts';
import { findPayment } from '../_shared/payments/payment-store.ts';
import { ProviderCallError } from '../_shared/payments/provider-call-error.ts';
import {
  applyRefund, findRefund, insertRefund, pendingRefundFils, providerRefundKey, refundView, type Refund,
} from '../_shared/payments/refund-store.ts';
import { authorizedPayment, storedCharge } from './payment-target.ts';

const REFUNDABLE = new Set(['succeeded', 'partially_refunded']);

async function answer(deps: ProcessorDeps, refund: Refund, provider: string, replayed: boolean): Promise<Response> {
  if (refund.status === 'failed') throw new HttpError('provider_refused', refund.failureReason ?? 'The provider refused the refund.');
  const payment = (await findPayment(deps.sql, refund.paymentId))!;
  return Response.json(
    { refund: refundView(refund), payment: paymentView(payment, provider) },
    { status: 201, headers: replayed ? { 'idempotent-replayed': 'true' } : {} },
  );
}

function assertSameRefund(refund: Refund, input: RefundInput): void {
  if (input.amount !== undefined && input.amount !== refund.amountFils) {
    throw new HttpError('conflict', `This idempotency_key was already used for a refund of ${formatAed(refund.amountFils)}; use a new key for a new refund.`);
  }
}

/** How much this refund is: the amount asked, or all that is left; never more than is left. */
function refundAmount(payment: Payment, pending: number, input: RefundInput): number {
  if (!REFUNDABLE.has(payment.status)) throw new HttpError('conflict', `Only a paid payment can be refunded; this one is ${payment.status}.`);
  const remaining = payment.amountFils - payment.refundedFils - pending;
  if (remaining <= 0) throw new HttpError('conflict', 'Nothing is left to refund on this payment.');
  const amount = input.amount ?? remaining;
  if (amount > remaining) throw new HttpError('bad_request', `amount: ${formatAed(amount)} is more than the ${formatAed(remaining)} left to refund.`);
  return amount;
}

/**
 * POST /payment-processor/refund: full or partial. Refunds of one payment are serialised
 * by a row lock held across the provider call, so concurrent refunds can never add up to
 * more than was paid, and the same idempotency key twice is one refund. A provider
 * refusal is recorded (failed, with its message); a provider outage records nothing and
 * a retry with the same key reuses the provider idempotency key.
 */
export async function refundPayment(deps: ProcessorDeps, caller: PaymentCaller, body: unknown): Promise<Response> {
  const input = refundBody.parse(body);
  const { payment, connection, gateway } = await authorizedPayment(deps, caller, input.payment_id);
  const slug = connection.provider.slug;
  const earlier = await findRefund(deps.sql, payment.id, input.idempotency_key);
  if (earlier) {
    assertSameRefund(earlier, input);
    return answer(deps, earlier, slug, true);
  }
  if (gateway.refundUnsupported) throw new HttpError('provider_refused', gateway.refundUnsupported);
  if (connection.facts?.supports_refunds === false) throw new HttpError('provider_refused', `${connection.provider.name} does not support refunds through its API.`);
  refundAmount(payment, 0, input); // fail fast before reading credentials
  const { ctx } = await openGateway(deps, connection, caller, 'refund payment');
  const providerKey = await providerRefundKey(payment.id, input.idempotency_key);

  const outcome = await deps.sql.begin(async (tx) => {
    await tx`select set_config('hub.status_source', ${statusSource(caller)}, true)`;
    const [row] = await tx`select * from public.payments where id = ${payment.id} for update`;
    const locked = toPayment(row!);
    const raced = await findRefund(tx, payment.id, input.idempotency_key);
    if (raced) return { refund: raced, replayed: true };
    const amount = refundAmount(locked, await pendingRefundFils(tx, locked.id), input);
    const amountMinor = locked.chargedAmountMinor !== null
      ? refundShare(locked.chargedAmountMinor, locked.amountFils, locked.refundedFils, amount)
      : amount;
    const base = {
      organizationId: locked.organizationId, paymentId: locked.id, amountFils: amount, idempotencyKey: input.idempotency_key,
      reason: input.reason ?? null, requestedBy: requestedBy(caller),
    };
    try {
      const result = await gateway.refund(ctx, { charge: storedCharge(locked), amountMinor, providerIdempotencyKey: providerKey, reason: input.reason ?? null });
      const refund = await insertRefund(tx, { ...base, status: result.status, providerRefundId: result.providerRefundId, failureReason: null });
      if (result.status === 'succeeded') await applyRefund(tx, locked.id, amount);
      return { refund, replayed: false };
    } catch (err) {
      if (!(err instanceof ProviderCallError && err.failure === 'refused')) throw err;
      // Recorded, then answered as a 422 once committed.
      return { refund: await insertRefund(tx, { ...base, status: 'failed', providerRefundId: null, failureReason: err.message }), replayed: false };
    }
  });
  return answer(deps, outcome.refund, slug, outcome.replayed);
}
