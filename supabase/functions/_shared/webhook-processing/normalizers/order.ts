// The fallback for events no provider-specific handler claimed: anything that is about an
// order (PayPal CHECKOUT.ORDER.*, N-Genius order notices, shop-style "orders/create")
// tells the admin through an 'order_event' notification.
import type { WebhookAction } from '../actions.ts';
import { firstStr } from '../read-payload.ts';

const ORDER_LIKE = /(^|[^a-z])orders?([^a-z]|$)/i;

export const isOrderLike = (eventType: string | null): boolean => eventType !== null && ORDER_LIKE.test(eventType);

export function normalizeOrder(eventType: string, payload: unknown): WebhookAction[] {
  const reference = firstStr(payload, [
    'resource.id', 'order.reference', 'order.id', 'data.object.id', 'order_id', 'orderId', 'reference', 'id',
  ]);
  return [{
    kind: 'notification',
    notificationKind: 'order_event',
    title: `Order event: ${eventType}`.slice(0, 200),
    body: reference ? `Order ${reference}` : null,
  }];
}
