// Carries out one normalized action inside the event's transaction. Returns a note when
// the action changed nothing (shown with the event), null when it did its job.
import type { WebhookAction } from '../_shared/webhook-processing/actions.ts';
import { nextShipmentStatus } from '../_shared/webhook-processing/status-order.ts';
import { applyPayment, applyRefund, type EventRef, type Tx } from './apply-payment.ts';

type ShipmentAction = Extract<WebhookAction, { kind: 'shipment' }>;
type NotificationAction = Extract<WebhookAction, { kind: 'notification' }>;

async function applyShipment(tx: Tx, event: EventRef, action: ShipmentAction): Promise<string | null> {
  // A label's first scan may be the first the hub hears of a parcel: create it.
  const inserted = await tx`
    insert into public.shipments (organization_id, connection_id, tracking_number, status, last_event_at, last_event_description)
    values (${event.organizationId}, ${event.connectionId}, ${action.trackingNumber}, ${action.status},
            ${action.occurredAt ?? new Date().toISOString()}, ${action.description})
    on conflict (connection_id, tracking_number) do nothing returning id`;
  if (inserted.length > 0) return null;
  const [current] = await tx`
    select id, status, last_event_at from public.shipments
     where connection_id = ${event.connectionId} and tracking_number = ${action.trackingNumber} for update`;
  const next = nextShipmentStatus(current!.status, current!.last_event_at, action.status, action.occurredAt ? new Date(action.occurredAt) : null);
  if (!next) return `shipment ${action.trackingNumber} is ${current!.status}; older or backward scan (${action.status}) not applied`;
  await tx`
    update public.shipments
       set status = ${next}, last_event_at = greatest(last_event_at, ${action.occurredAt ?? new Date().toISOString()}::timestamptz),
           last_event_description = ${action.description}
     where id = ${current!.id}`;
  return null;
}

async function applyNotification(tx: Tx, event: EventRef, action: NotificationAction, index: number): Promise<string | null> {
  // One notification per event and action, also when an admin replays the event.
  await tx`
    insert into public.notifications (organization_id, connection_id, kind, severity, title, body, dedupe_key)
    values (${event.organizationId}, ${event.connectionId}, ${action.notificationKind}, 'info',
            ${action.title.slice(0, 200)}, ${action.body}, ${`webhook:${event.id}:${index}`})
    on conflict (organization_id, dedupe_key) do nothing`;
  return null;
}

export function applyAction(tx: Tx, event: EventRef, action: WebhookAction, index: number): Promise<string | null> {
  switch (action.kind) {
    case 'payment':
      return applyPayment(tx, event, action);
    case 'refund':
      return applyRefund(tx, event, action);
    case 'shipment':
      return applyShipment(tx, event, action);
    case 'notification':
      return applyNotification(tx, event, action, index);
    case 'ignore':
      return Promise.resolve(action.note);
  }
}
