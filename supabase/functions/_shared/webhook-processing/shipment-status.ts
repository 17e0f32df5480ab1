// Courier status vocabularies differ (FedEx two-letter codes, DHL's push event names,
// Aramex/SMSA free text); the hub keeps five states. Codes are matched exactly first,
// then the description by what it says. Unknown → null, recorded but not applied.
import type { ShipmentStatus } from './actions.ts';

const CODES: Record<string, ShipmentStatus> = {
  // FedEx
  oc: 'label_created', pu: 'in_transit', it: 'in_transit', ar: 'in_transit', dp: 'in_transit', af: 'in_transit',
  od: 'out_for_delivery', dl: 'delivered', de: 'exception', se: 'exception', rs: 'exception', ca: 'exception',
  // DHL Unified Push / tracking statusCode
  'pre-transit': 'label_created', transit: 'in_transit', delivered: 'delivered', failure: 'exception',
  // Generic spellings
  label_created: 'label_created', in_transit: 'in_transit', out_for_delivery: 'out_for_delivery', exception: 'exception',
};

const RULES: Array<[RegExp, ShipmentStatus]> = [
  [/out for delivery|with (the )?delivery courier/, 'out_for_delivery'],
  [/not delivered|undeliver|attempt|exception|fail|return|refused|damaged|lost|on hold|held|cancel/, 'exception'],
  [/\bdelivered\b/, 'delivered'],
  [/label|pre-?transit|shipment information|created|manifest|awaiting pick ?up|pick ?up scheduled/, 'label_created'],
  [/transit|picked up|arrived|departed|in progress|processed|facility|sorting|hub|shipped/, 'in_transit'],
];

export function shipmentStatusFrom(code: string | null, description: string | null): ShipmentStatus | null {
  const exact = code ? CODES[code.trim().toLowerCase()] : undefined;
  if (exact) return exact;
  const text = `${code ?? ''} ${description ?? ''}`.toLowerCase();
  for (const [pattern, status] of RULES) if (pattern.test(text)) return status;
  return null;
}

/** ISO time from ISO strings, epoch seconds/ms, or .NET's "/Date(1700000000000+0400)/" (Aramex). */
export function scanTime(raw: string | null): string | null {
  if (!raw) return null;
  const dotNet = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(raw);
  const numeric = /^\d{9,13}$/.test(raw) ? Number(raw) : null;
  const ms = dotNet ? Number(dotNet[1]) : numeric !== null ? (numeric < 1e12 ? numeric * 1000 : numeric) : Date.parse(raw);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
