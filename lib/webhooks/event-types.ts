import type { ProviderCategory } from '@/lib/db/connections.schema';

/**
 * The events an endpoint can subscribe to, as the owner named them. Stored in
 * webhook_endpoints.event_types; the hub's own names, not any one provider's.
 */
export const WEBHOOK_EVENT_TYPES = [
  'payment.succeeded', 'payment.failed', 'payment.refunded',
  'shipping.label_created', 'shipping.in_transit', 'shipping.delivered',
  'social.comment', 'social.mention',
  'order.created', 'order.updated',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const EVENT_GROUPS = ['payment', 'shipping', 'social', 'order'] as const;
export type EventGroup = (typeof EVENT_GROUPS)[number];

export function groupOf(type: WebhookEventType): EventGroup {
  return type.slice(0, type.indexOf('.')) as EventGroup;
}

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

// What a new endpoint subscribes to until the admin changes it: what the provider's kind sends.
const DEFAULT_GROUPS: Record<ProviderCategory, EventGroup[]> = {
  payment: ['payment'],
  shipping: ['shipping'],
  social: ['social'],
  messaging: ['order'],
};

export function defaultEventTypes(category: ProviderCategory): WebhookEventType[] {
  return WEBHOOK_EVENT_TYPES.filter((type) => DEFAULT_GROUPS[category].includes(groupOf(type)));
}
