// What a stored webhook event asks the hub to do, decided by pure normalizers (one per
// provider family) and carried out by the worker. Keeping the decision pure means every
// provider's mapping is unit-tested without a database.

export type PaymentStatus =
  | 'created' | 'requires_action' | 'processing' | 'succeeded' | 'failed' | 'canceled' | 'partially_refunded' | 'refunded';

export type ShipmentStatus = 'label_created' | 'in_transit' | 'out_for_delivery' | 'delivered' | 'exception';

export type NotificationKind = 'social_activity' | 'order_event';

export type WebhookAction =
  /** Moves a payment found by any of the provider's ids (PayPal: order id or capture id). */
  | { kind: 'payment'; providerPaymentIds: string[]; status: PaymentStatus; failureReason?: string }
  /**
   * A refund. `totalRefundedMinor` is the provider's cumulative figure (idempotent); else
   * `amountMinor` of the one refund `providerRefundId`; `full` when the provider says so.
   * Minor units of the currency the provider charged.
   */
  | {
    kind: 'refund';
    providerPaymentIds: string[];
    full: boolean;
    totalRefundedMinor?: number;
    amountMinor?: number;
    providerRefundId?: string;
  }
  | {
    kind: 'shipment';
    trackingNumber: string;
    status: ShipmentStatus;
    description: string | null;
    /** ISO time of the scan, when the provider gives one (couriers deliver out of order). */
    occurredAt: string | null;
  }
  | { kind: 'notification'; notificationKind: NotificationKind; title: string; body: string | null }
  /** Recorded, nothing to do: the note says why (shown with the event). */
  | { kind: 'ignore'; note: string };

export interface StoredEvent {
  /** webhook_events.id */
  id: string;
  /** integration_providers.slug of the event's connection */
  provider: string;
  eventType: string | null;
  payload: unknown;
}

export const ignore = (note: string): WebhookAction => ({ kind: 'ignore', note });
