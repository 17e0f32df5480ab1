// PayPal v2 payment events. A hub payment holds PayPal's order id (checkout) or the
// capture id, so both are tried; refund amounts are decimal strings in major units.
import { ignore, type PaymentStatus, type WebhookAction } from '../actions.ts';
import { decimalToMinor } from '../money.ts';
import { at, ids, list, str } from '../read-payload.ts';

const CAPTURE_STATUS: Record<string, PaymentStatus> = {
  'PAYMENT.CAPTURE.COMPLETED': 'succeeded',
  'PAYMENT.CAPTURE.DENIED': 'failed',
  'PAYMENT.CAPTURE.DECLINED': 'failed',
  'PAYMENT.CAPTURE.PENDING': 'processing',
};

/** The capture a refund belongs to: related_ids, else the "up" link's last path segment. */
function captureOfRefund(resource: unknown): string | null {
  const related = str(resource, 'supplementary_data.related_ids.capture_id');
  if (related) return related;
  const up = list(resource, 'links').find((l) => str(l, 'rel') === 'up');
  return str(up, 'href')?.split('/').filter(Boolean).pop() ?? null;
}

export function normalizePaypal(eventType: string | null, payload: unknown): WebhookAction[] {
  const type = eventType ?? str(payload, 'event_type') ?? '';
  const resource = at(payload, 'resource');
  const orderId = str(resource, 'supplementary_data.related_ids.order_id');
  const status = CAPTURE_STATUS[type];
  if (status) {
    const paymentIds = ids(orderId, str(resource, 'id'));
    if (paymentIds.length === 0) return [ignore(`${type} without an order or capture id`)];
    const reason = status === 'failed' ? str(resource, 'status_details.reason') ?? 'capture denied' : undefined;
    return [{ kind: 'payment', providerPaymentIds: paymentIds, status, ...(reason ? { failureReason: reason } : {}) }];
  }
  if (type === 'PAYMENT.CAPTURE.REFUNDED' || type === 'PAYMENT.CAPTURE.REVERSED') {
    const paymentIds = ids(orderId, captureOfRefund(resource));
    if (paymentIds.length === 0) return [ignore(`${type} without an order or capture id`)];
    const currency = str(resource, 'amount.currency_code') ?? 'USD';
    const total = decimalToMinor(str(resource, 'seller_payable_breakdown.total_refunded_amount.value'), currency);
    const amount = decimalToMinor(str(resource, 'amount.value'), currency);
    const refundId = str(resource, 'id');
    return [{
      kind: 'refund',
      providerPaymentIds: paymentIds,
      // A reversal (chargeback) returns everything.
      full: type === 'PAYMENT.CAPTURE.REVERSED',
      ...(total !== null ? { totalRefundedMinor: total } : {}),
      ...(amount !== null ? { amountMinor: amount } : {}),
      ...(refundId ? { providerRefundId: refundId } : {}),
    }];
  }
  return [];
}
