// N-Genius order events ({eventName, order:{reference, …}}). The event list is only partly
// documented (AUTHORISED, CAPTURED, PURCHASED; others from the official plugin), so the
// names are matched by what they say rather than a closed list.
import { ignore, type PaymentStatus, type WebhookAction } from '../actions.ts';
import { firstStr, ids, str } from '../read-payload.ts';

export function normalizeNgenius(eventType: string | null, payload: unknown): WebhookAction[] {
  const name = (eventType ?? firstStr(payload, ['eventName', 'event']) ?? '').toUpperCase();
  const paymentIds = ids(str(payload, 'order.reference'), str(payload, 'orderReference'), str(payload, 'order._id'));
  if (!name) return [];
  if (paymentIds.length === 0) return [ignore(`${name} without an order reference`)];
  const pay = (status: PaymentStatus, failureReason?: string): WebhookAction[] =>
    [{ kind: 'payment', providerPaymentIds: paymentIds, status, ...(failureReason ? { failureReason } : {}) }];

  if (name.includes('REFUND')) {
    if (/FAIL|DECLIN/.test(name)) return [ignore(`${name}: the payment is unchanged`)];
    // The payload's refunded amount is undocumented: a partial refund marks the status only,
    // and the amount is reconciled from the order.
    return [{ kind: 'refund', providerPaymentIds: paymentIds, full: !name.includes('PARTIAL') }];
  }
  if (/DECLINED|FAILED|FAILURE/.test(name)) return pay('failed', name.toLowerCase().replaceAll('_', ' '));
  if (/REVERSED|VOIDED|CANCELLED|CANCELED/.test(name)) return pay('canceled');
  if (/CAPTURED|PURCHASED|SALE/.test(name)) return pay('succeeded');
  if (name.includes('AWAIT_3DS')) return pay('requires_action');
  if (/AUTHORISED|AUTHORIZED|STARTED/.test(name)) return pay('processing');
  return [];
}
