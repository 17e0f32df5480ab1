import { HttpError } from '../_shared/http/errors.ts';
import { planCharge, type ChargePlan } from '../_shared/payments/charge-plan.ts';
import type { PaymentGateway } from '../_shared/payments/gateway.ts';
import { gatewayFor } from '../_shared/payments/gateways/gateway-for.ts';
import { leaseSecondsFor, openGateway, type ProcessorDeps } from '../_shared/payments/open-gateway.ts';
import { assertMayAct, requestedBy, statusSource, type PaymentCaller } from '../_shared/payments/payment-caller.ts';
import { loadPaymentConnection, usablePaymentFacts, type PaymentConnection } from '../_shared/payments/payment-connection.ts';
import { createPaymentBody, type CreatePaymentInput } from '../_shared/payments/payment-request.schema.ts';
import { paymentView, type Payment } from '../_shared/payments/payment-row.ts';
import { insertOrFindPayment, recordCreated, recordRefused, releaseProviderCall } from '../_shared/payments/payment-store.ts';
import { ProviderCallError } from '../_shared/payments/provider-call-error.ts';
import { settleOrClaim } from '../_shared/payments/provider-call-lease.ts';

/** A URL from the connection's settings (return_url, cancel_url), when one is configured. */
function settingUrl(settings: Record<string, unknown>, name: string): string | null {
  const value = settings[name];
  return typeof value === 'string' && /^https?:\/\//.test(value) ? value : null;
}

/** The charge as recorded: a retry uses the stored conversion, even if the setting changed since. */
function planOf(payment: Payment): ChargePlan {
  return payment.chargedCurrency && payment.chargedAmountMinor !== null
    ? { currency: payment.chargedCurrency, amountMinor: payment.chargedAmountMinor, conversion: { rate: payment.conversionRate ?? '' } }
    : { currency: 'AED', amountMinor: payment.amountFils, conversion: null };
}

function answer(payment: Payment, provider: string, clientSecret: string | null, replayed: boolean): Response {
  return Response.json(
    { payment: paymentView(payment, provider), client_secret: clientSecret, approval_url: payment.approvalUrl },
    { status: 201, headers: replayed ? { 'idempotent-replayed': 'true' } : {} },
  );
}

/**
 * POST /payment-processor: records the payment (status created) under the caller's
 * idempotency key first, then asks the provider. The same key again — even at the same
 * moment — waits for that one provider call and answers the same payment; a different
 * body under a used key is a 409.
 */
export async function createPayment(deps: ProcessorDeps, caller: PaymentCaller, body: unknown): Promise<Response> {
  const input = createPaymentBody.parse(body);
  const connection = await loadPaymentConnection(deps.sql, input.connection_id);
  await assertMayAct(deps.sql, caller, { kind: 'connection', id: connection.id, organizationId: connection.organizationId, connectionId: connection.id });
  const facts = usablePaymentFacts(connection);
  const gateway = gatewayFor(connection.provider.slug, connection.provider.name);
  const plan = planCharge(facts, connection.settings, input.amount);
  const returnUrl = input.return_url ?? settingUrl(connection.settings, 'return_url');
  if (gateway.requiresReturnUrl && !returnUrl) {
    throw new HttpError('bad_request', `return_url: ${connection.provider.name} needs one (in the request or the connection's settings.return_url).`);
  }

  const leaseSeconds = leaseSecondsFor(deps);
  const found = await insertOrFindPayment(deps.sql, {
    organizationId: connection.organizationId,
    connectionId: connection.id,
    amountFils: input.amount,
    plan,
    orderReference: input.order_reference,
    idempotencyKey: input.idempotency_key,
    customer: input.customer ?? {},
    description: input.description ?? null,
    requestedBy: requestedBy(caller),
    leaseSeconds,
  });
  if (!found.sameRequest) {
    throw new HttpError('conflict', 'This idempotency_key was already used for a different payment request; use a new key for a new payment.');
  }
  const { payment, claimed } = found.inserted
    ? { payment: found.payment, claimed: true }
    : await settleOrClaim(deps.sql, found.payment, { leaseSeconds, maxWaitMs: leaseSeconds * 1000 });
  const slug = connection.provider.slug;
  if (claimed) {
    const made = await callProvider(deps, caller, connection, gateway, payment, input, returnUrl);
    return answer(made.payment, slug, made.clientSecret, !found.inserted);
  }
  // A refusal is answered again as it was the first time.
  if (payment.status === 'failed') throw new HttpError('provider_refused', payment.failureReason ?? `${connection.provider.name} refused the payment.`);
  const clientSecret = gateway.replaySecret && payment.providerPaymentId
    ? await openGateway(deps, connection, caller, 'replay payment answer').then(({ ctx }) =>
      gateway.replaySecret!(ctx, { paymentId: payment.id, providerPaymentId: payment.providerPaymentId!, providerReference: payment.providerReference, chargedCurrency: planOf(payment).currency }))
    : null;
  return answer(payment, slug, clientSecret, true);
}

/** The one provider call for this payment, its outcome recorded whatever it is. */
async function callProvider(
  deps: ProcessorDeps,
  caller: PaymentCaller,
  connection: PaymentConnection,
  gateway: PaymentGateway,
  payment: Payment,
  input: CreatePaymentInput,
  returnUrl: string | null,
): Promise<{ payment: Payment; clientSecret: string | null }> {
  const source = statusSource(caller);
  try {
    const { ctx } = await openGateway(deps, connection, caller, 'create payment');
    const created = await gateway.create(ctx, {
      paymentId: payment.id,
      plan: planOf(payment),
      orderReference: payment.orderReference,
      description: input.description ?? null,
      customer: input.customer ?? {},
      returnUrl,
      cancelUrl: input.cancel_url ?? settingUrl(connection.settings, 'cancel_url'),
    });
    return { payment: await recordCreated(deps.sql, source, payment.id, created), clientSecret: created.clientSecret };
  } catch (err) {
    if (err instanceof ProviderCallError && err.failure === 'refused') {
      await recordRefused(deps.sql, source, payment.id, err.message);
    } else {
      const reason = err instanceof HttpError ? err.message : 'The request failed on our side; retry with the same idempotency key.';
      await releaseProviderCall(deps.sql, payment.id, reason);
    }
    throw err;
  }
}
