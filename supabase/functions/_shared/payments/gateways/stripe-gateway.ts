import type Stripe from 'stripe';
import { HttpError } from '../../http/errors.ts';
import type { GatewayContext, PaymentGateway, StoredCharge } from '../gateway.ts';
import { refused } from '../provider-call-error.ts';
import { stripeStatus } from '../provider-status.ts';
import { stripeClient, stripeFailure } from './stripe-client.ts';

// Stripe's refund reasons are a closed list; the caller's free text goes into metadata.
const STRIPE_REASONS = new Set(['duplicate', 'fraudulent', 'requested_by_customer']);

async function withStripe<T>(ctx: GatewayContext, run: (stripe: Stripe) => Promise<T>): Promise<T> {
  const stripe = await stripeClient(ctx);
  try {
    return await run(stripe);
  } catch (err) {
    stripeFailure(err, ctx.timeoutMs);
  }
}

const retrieve = (ctx: GatewayContext, charge: StoredCharge) =>
  withStripe(ctx, (stripe) => stripe.paymentIntents.retrieve(charge.providerPaymentId));

/**
 * PaymentIntents in AED with the amount in fils and automatic payment methods; the
 * client secret goes to the caller (who confirms on the client) and is never stored.
 * Idempotency keys derive from the hub's payment and refund ids, so a retried request
 * is the same request at Stripe.
 */
export const stripeGateway: PaymentGateway = {
  requiresReturnUrl: false,
  refundUnsupported: null,

  create: (ctx, charge) =>
    withStripe(ctx, async (stripe) => {
      const intent = await stripe.paymentIntents.create(
        {
          amount: charge.plan.amountMinor,
          currency: charge.plan.currency.toLowerCase(),
          automatic_payment_methods: { enabled: true },
          ...(charge.description ? { description: charge.description } : {}),
          ...(charge.customer.email ? { receipt_email: charge.customer.email } : {}),
          metadata: { hub_payment_id: charge.paymentId, order_reference: charge.orderReference },
        },
        { idempotencyKey: `hub-payment-${charge.paymentId}` },
      );
      return {
        providerPaymentId: intent.id,
        providerReference: null,
        status: stripeStatus(intent.status) ?? 'requires_action',
        approvalUrl: null,
        clientSecret: intent.client_secret ?? null,
      };
    }),

  replaySecret: async (ctx, charge) => (await retrieve(ctx, charge)).client_secret ?? null,

  status: async (ctx, charge) => {
    const intent = await retrieve(ctx, charge);
    const status = stripeStatus(intent.status) ?? 'requires_action';
    return { status, failureReason: intent.last_payment_error?.message ?? null };
  },

  capture: () => Promise.reject(new HttpError('conflict', 'Stripe payments are captured automatically; there is nothing to capture.')),

  refund: (ctx, request) =>
    withStripe(ctx, async (stripe) => {
      const refund = await stripe.refunds.create(
        {
          payment_intent: request.charge.providerPaymentId,
          amount: request.amountMinor,
          ...(request.reason && STRIPE_REASONS.has(request.reason) ? { reason: request.reason as Stripe.RefundCreateParams.Reason } : {}),
          metadata: { hub_payment_id: request.charge.paymentId, ...(request.reason ? { reason: request.reason } : {}) },
        },
        { idempotencyKey: request.providerIdempotencyKey },
      );
      if (refund.status === 'failed' || refund.status === 'canceled') throw refused('Stripe', refund.failure_reason ?? `refund ${refund.status}`);
      return { providerRefundId: refund.id, status: refund.status === 'succeeded' ? 'succeeded' : 'pending' };
    }),
};
