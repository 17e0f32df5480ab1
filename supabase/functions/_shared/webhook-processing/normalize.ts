// Routes a stored event to its provider's normalizer. Everything a provider sends is
// stored; what the hub acts on is decided here. An event nothing claims is still
// "processed", with a note saying it needed no action.
import { ignore, type StoredEvent, type WebhookAction } from './actions.ts';
import { normalizeNgenius } from './normalizers/ngenius.ts';
import { isOrderLike, normalizeOrder } from './normalizers/order.ts';
import { normalizePaypal } from './normalizers/paypal.ts';
import { normalizeShipping } from './normalizers/shipping.ts';
import { normalizeLinkedin, normalizeMeta } from './normalizers/social.ts';
import { normalizeStripe } from './normalizers/stripe.ts';
import { normalizeTelr } from './normalizers/telr.ts';

type Normalizer = (eventType: string | null, payload: unknown) => WebhookAction[];

const BY_PROVIDER: Record<string, Normalizer> = {
  stripe: normalizeStripe,
  paypal: normalizePaypal,
  telr: normalizeTelr,
  network_international: normalizeNgenius,
  fedex: (_type, payload) => normalizeShipping(payload),
  dhl_express: (_type, payload) => normalizeShipping(payload),
  aramex: (_type, payload) => normalizeShipping(payload),
  smsa: (_type, payload) => normalizeShipping(payload),
  facebook: (_type, payload) => normalizeMeta(payload),
  instagram: (_type, payload) => normalizeMeta(payload),
  whatsapp_business: (_type, payload) => normalizeMeta(payload),
  linkedin: (_type, payload) => normalizeLinkedin(payload),
};

export function normalizeEvent(event: StoredEvent): WebhookAction[] {
  const normalizer = Object.hasOwn(BY_PROVIDER, event.provider) ? BY_PROVIDER[event.provider] : undefined;
  const specific = normalizer?.(event.eventType, event.payload) ?? [];
  if (specific.length > 0) return specific;
  if (isOrderLike(event.eventType)) return normalizeOrder(event.eventType!, event.payload);
  return [ignore(`no action for ${event.provider} ${event.eventType ?? 'event'}`)];
}
