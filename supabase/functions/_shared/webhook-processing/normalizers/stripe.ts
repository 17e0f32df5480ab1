// Stripe snapshot events: PaymentIntents move payments, charge.refunded carries the
// cumulative refunded amount (so applying it twice changes nothing).
import { ignore, type PaymentStatus, type WebhookAction } from '../actions.ts';
import { at, ids, int, str } from '../read-payload.ts';

const INTENT_STATUS: Record<string, PaymentStatus> = {
  'payment_intent.succeeded': 'succeeded',
  'payment_intent.payment_failed': 'failed',
  'payment_intent.canceled': 'canceled',
  'payment_intent.processing': 'processing',
  'payment_intent.requires_action': 'requires_action',
};

export function normalizeStripe(eventType: string | null, payload: unknown): WebhookAction[] {
  const object = at(payload, 'data.object');
  const type = eventType ?? str(payload, 'type') ?? '';
  const status = INTENT_STATUS[type];
  if (status) {
    const id = str(object, 'id');
    if (!id) return [ignore(`${type} without a PaymentIntent id`)];
    const reason = status === 'failed'
      ? str(object, 'last_payment_error.message') ?? str(object, 'last_payment_error.code') ?? 'payment failed'
      : undefined;
    return [{ kind: 'payment', providerPaymentIds: [id], status, ...(reason ? { failureReason: reason } : {}) }];
  }
  if (type === 'charge.refunded') {
    const paymentIds = ids(str(object, 'payment_intent'), str(object, 'id'));
    if (paymentIds.length === 0) return [ignore('charge.refunded without a charge or PaymentIntent id')];
    const total = int(object, 'amount_refunded');
    return [{
      kind: 'refund',
      providerPaymentIds: paymentIds,
      full: at(object, 'refunded') === true,
      ...(total !== null ? { totalRefundedMinor: total } : {}),
    }];
  }
  return [];
}
