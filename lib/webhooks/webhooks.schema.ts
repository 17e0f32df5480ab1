import { z } from 'zod';
import { Constants } from '@/types/database';
import { providerCategorySchema } from '@/lib/db/connections.schema';
import { CredentialFieldSchema, WEBHOOK_SCHEMES } from '@/supabase/functions/_shared/providers/provider.schema.ts';
import { WEBHOOK_EVENT_TYPES } from './event-types';

// Ids are z.guid() like the rest of the dashboard: seeds and tests use hand-written ids.

const date = z.coerce.date();
// bigint counts arrive from postgres.js as strings.
const count = z.coerce.number().int().nonnegative();

export const webhookEventStatusSchema = z.enum(Constants.public.Enums.webhook_event_status);
export type WebhookEventStatus = z.infer<typeof webhookEventStatusSchema>;

/** A connection an endpoint can be created for, with how its provider authenticates deliveries. */
export const connectionOptionSchema = z.object({
  id: z.guid(),
  name: z.string(),
  provider_name: z.string(),
  category: providerCategorySchema,
  scheme: z.enum(WEBHOOK_SCHEMES),
  /** The credential that signs deliveries (catalogue webhook_signature.secret_field). */
  secret_field: CredentialFieldSchema.nullable(),
  /** Its masked hint when the vault holds it. */
  secret_hint: z.string().nullable(),
});
export type ConnectionOption = z.infer<typeof connectionOptionSchema>;

export const endpointStatsSchema = z.object({
  received: count,
  processed: count,
  failed: count,
  dead: count,
  pending: count,
  rejected: count,
  last_received_at: date.nullable(),
});
export type EndpointStats = z.infer<typeof endpointStatsSchema>;

export const endpointSchema = connectionOptionSchema.omit({ id: true, name: true }).extend({
  id: z.guid(),
  connection_id: z.guid(),
  connection_name: z.string(),
  description: z.string().nullable(),
  is_active: z.boolean(),
  event_types: z.array(z.string()),
  has_token: z.boolean(),
  created_at: date,
  can_manage: z.boolean(),
  stats: endpointStatsSchema,
});
export type WebhookEndpoint = z.infer<typeof endpointSchema>;

export const eventSchema = z.object({
  id: z.guid(),
  provider_event_id: z.string(),
  event_type: z.string().nullable(),
  status: webhookEventStatusSchema,
  attempts: z.number().int(),
  next_attempt_at: date,
  last_error: z.string().nullable(),
  processing_note: z.string().nullable(),
  received_at: date,
  processed_at: date.nullable(),
  payload: z.unknown(),
  headers: z.unknown(),
});
export type WebhookEventRow = z.infer<typeof eventSchema>;

export interface EventPage {
  items: WebhookEventRow[];
  nextCursor: string | null;
}

// Forms post the event types as one comma-joined field: FormData to object keeps one value per name.
const eventTypesField = z
  .string()
  .transform((raw) => [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))])
  .pipe(z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1, 'Choose at least one event type.'));

export const createEndpointInputSchema = z.object({
  connection_id: z.guid('Choose a connection.'),
  description: z.string().trim().max(200).optional().transform((v) => (v ? v : null)),
  event_types: eventTypesField,
  secret: z.string().optional().transform((v) => (v?.trim() ? v.trim() : null)),
});
export type CreateEndpointInput = z.infer<typeof createEndpointInputSchema>;

export const endpointIdInputSchema = z.object({ endpoint_id: z.guid() });

export const setActiveInputSchema = endpointIdInputSchema.extend({
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

export const replayInputSchema = endpointIdInputSchema.extend({
  event_id: z.guid().optional(),
});

export const setSecretInputSchema = endpointIdInputSchema.extend({ value: z.string().trim().min(1) });
