// Providers retry and reorder deliveries, so a status only moves forward: a late
// "payment_failed" must not undo a success, a late "in transit" must not undo a delivery.
import type { PaymentStatus, ShipmentStatus } from './actions.ts';

const PAYMENT_RANK: Record<PaymentStatus, number> = {
  created: 0, requires_action: 1, processing: 2, failed: 3, canceled: 3, succeeded: 4, partially_refunded: 5, refunded: 6,
};

/** The status to store, or null to leave the payment as it is. */
export function nextPaymentStatus(current: PaymentStatus, incoming: PaymentStatus): PaymentStatus | null {
  if (current === incoming) return null;
  // A retried charge may succeed after a failure (same rank band is fine: failed → canceled).
  return PAYMENT_RANK[incoming] >= PAYMENT_RANK[current] ? incoming : null;
}

const SHIPMENT_RANK: Record<ShipmentStatus, number> = {
  label_created: 0, in_transit: 1, exception: 1, out_for_delivery: 2, delivered: 3,
};

/**
 * Couriers send scans out of order: a scan older than the last one applied is ignored, a
 * scan without a time may not move a parcel backwards, and nothing follows "delivered".
 * Returns the status to store with the scan (possibly unchanged), or null to skip the scan.
 */
export function nextShipmentStatus(
  current: ShipmentStatus, lastEventAt: Date | null, incoming: ShipmentStatus, occurredAt: Date | null,
): ShipmentStatus | null {
  if (current === 'delivered') return null;
  if (lastEventAt && occurredAt && occurredAt < lastEventAt) return null;
  if (!occurredAt && SHIPMENT_RANK[incoming] < SHIPMENT_RANK[current]) return null;
  return incoming;
}
