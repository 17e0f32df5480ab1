import type { GatewayContext, StatusResult, StoredCharge } from '../_shared/payments/gateway.ts';
import { openGateway, type ProcessorDeps } from '../_shared/payments/open-gateway.ts';
import { statusSource, type PaymentCaller } from '../_shared/payments/payment-caller.ts';
import { paymentIdBody } from '../_shared/payments/payment-request.schema.ts';
import { paymentView, type Payment } from '../_shared/payments/payment-row.ts';
import { recordStatus } from '../_shared/payments/payment-store.ts';
import { nextPaymentStatus } from '../_shared/payments/provider-status.ts';
import { authorizedPayment, storedCharge } from './payment-target.ts';

type Step = 'capture' | 'status';

/**
 * Stores what the provider said, if it moves the payment forward (the webhook worker's
 * forward-only rule), and keeps a newly learnt provider reference (PayPal's capture id).
 */
function store(deps: ProcessorDeps, source: 'api' | 'admin' | 'reconcile', payment: Payment, result: StatusResult): Promise<Payment> {
  const next = nextPaymentStatus(payment.status, result.status);
  const reference = result.providerReference && result.providerReference !== payment.providerReference ? result.providerReference : null;
  if (!next && !reference) return Promise.resolve(payment);
  return recordStatus(deps.sql, source, payment.id, next ?? payment.status, {
    ...(reference ? { provider_reference: reference } : {}),
    ...(next === 'failed' && result.failureReason ? { failure_reason: result.failureReason } : {}),
  });
}

/**
 * POST /payment-processor/capture (PayPal, after the buyer approved; the others capture
 * automatically and say so) and POST /payment-processor/status (asks the provider and
 * reconciles, e.g. Telr's ivp_method=check, when a webhook was missed).
 */
export async function captureOrCheck(step: Step, deps: ProcessorDeps, caller: PaymentCaller, body: unknown): Promise<Response> {
  const { payment_id } = paymentIdBody.parse(body);
  const { payment, connection, gateway } = await authorizedPayment(deps, caller, payment_id);
  const charge = storedCharge(payment);
  const { ctx } = await openGateway(deps, connection, caller, step === 'capture' ? 'capture payment' : 'check payment status');
  const run = (c: GatewayContext, s: StoredCharge) => (step === 'capture' ? gateway.capture(c, s) : gateway.status(c, s));
  const result = await run(ctx, charge);
  const source = step === 'status' ? 'reconcile' : statusSource(caller);
  const updated = await store(deps, source, payment, result);
  return Response.json({ payment: paymentView(updated, connection.provider.slug) });
}
