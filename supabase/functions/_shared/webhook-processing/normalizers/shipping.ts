// Courier tracking pushes (DHL Unified Push, FedEx Shipment Visibility, and Aramex/SMSA
// relays whose payloads are undocumented): each tracked parcel becomes a shipment update.
// Field names are read from every documented or commonly seen spelling.
import { ignore, type WebhookAction } from '../actions.ts';
import { clip, firstStr, list } from '../read-payload.ts';
import { scanTime, shipmentStatusFrom } from '../shipment-status.ts';

const TRACKING = [
  'trackingNumber', 'tracking_number', 'trackingNumberInfo.trackingNumber', 'WaybillNumber', 'waybillNumber',
  'AWB', 'awb', 'awbNo', 'awbNumber', 'shipment.trackingNumber',
];
const CODE = [
  'status.statusCode', 'latestStatusDetail.derivedCode', 'latestStatusDetail.code', 'scanEvent.derivedStatusCode',
  'scanEvent.eventType', 'UpdateCode', 'statusCode', 'code', 'eventType', 'status.status', 'status',
];
const DESCRIPTION = [
  'status.description', 'latestStatusDetail.description', 'scanEvent.eventDescription', 'UpdateDescription',
  'eventDescription', 'StatusDescription', 'description',
];
const TIME = ['status.timestamp', 'scanEvent.date', 'UpdateDateTime', 'eventTimestamp', 'timestamp', 'date', 'eventTime'];

/** The parcels one push is about: DHL batches them in shipments[], Aramex in TrackingResults. */
function parcels(payload: unknown): Array<{ parcel: unknown; listed: boolean }> {
  for (const path of ['shipments', 'TrackingResults', 'output.completeTrackResults', 'events']) {
    const items = list(payload, path);
    if (items.length > 0) return items.map((parcel) => ({ parcel, listed: true }));
  }
  return [{ parcel: payload, listed: false }];
}

export function normalizeShipping(payload: unknown): WebhookAction[] {
  return parcels(payload).map(({ parcel, listed }): WebhookAction => {
    // DHL names a listed parcel's tracking number "id"; at the top level "id" is the event's.
    const trackingNumber = firstStr(parcel, listed ? [...TRACKING, 'id'] : TRACKING);
    if (!trackingNumber || trackingNumber.length > 64) return ignore('tracking update without a usable tracking number');
    const code = firstStr(parcel, CODE);
    const description = clip(firstStr(parcel, DESCRIPTION), 500);
    const status = shipmentStatusFrom(code, description);
    if (!status) return ignore(`tracking status "${code ?? description ?? 'none'}" of ${trackingNumber} is not mapped`);
    return { kind: 'shipment', trackingNumber, status, description: description ?? code, occurredAt: scanTime(firstStr(parcel, TIME)) };
  });
}
