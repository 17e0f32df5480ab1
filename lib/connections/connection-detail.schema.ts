import { z } from 'zod';
import { CredentialFieldSchema } from '@/supabase/functions/_shared/providers/provider.schema.ts';
import {
  connectionEnvironmentSchema,
  connectionStatusSchema,
  healthStatusSchema,
  providerCategorySchema,
} from '@/lib/db/connections.schema';

const date = z.coerce.date();

/** One connection with its provider, and whether the reader may manage it (the database's answer). */
export const connectionDetailSchema = z.object({
  id: z.guid(),
  name: z.string(),
  environment: connectionEnvironmentSchema,
  status: connectionStatusSchema,
  status_reason: z.string().nullable(),
  base_url_override: z.string().nullable(),
  health_status: healthStatusSchema,
  last_health_check_at: date.nullable(),
  last_used_at: date.nullable(),
  created_at: date,
  updated_at: date,
  created_by: z.guid().nullable(),
  provider_slug: z.string(),
  provider_name: z.string(),
  category: providerCategorySchema,
  auth_scheme: z.string(),
  credential_fields: z.array(CredentialFieldSchema),
  docs_url: z.string().nullable(),
  can_manage: z.boolean(),
});
export type ConnectionDetail = z.infer<typeof connectionDetailSchema>;

export const credentialHintSchema = z.object({
  field: z.string(),
  hint: z.string(),
  key_id: z.string(),
  updated_at: date,
  updated_by: z.guid().nullable(),
});
export type CredentialHint = z.infer<typeof credentialHintSchema>;

export const healthCheckRowSchema = z.object({
  id: z.coerce.string(),
  status: healthStatusSchema,
  latency_ms: z.number().nullable(),
  http_status: z.number().nullable(),
  error_class: z.string().nullable(),
  message: z.string().nullable(),
  checked_at: date,
});
export type HealthCheckRow = z.infer<typeof healthCheckRowSchema>;

export const logRowSchema = z.object({
  id: z.coerce.string(),
  log_type: z.string(),
  method: z.string().nullable(),
  path: z.string().nullable(),
  status_code: z.number().nullable(),
  duration_ms: z.number().nullable(),
  error_code: z.string().nullable(),
  created_at: date,
});
export type LogRow = z.infer<typeof logRowSchema>;

export const auditRowSchema = z.object({
  id: z.coerce.string(),
  action: z.string(),
  actor_type: z.string(),
  actor_id: z.string().nullable(),
  fields: z.array(z.string()),
  purpose: z.string().nullable(),
  ip: z.string().nullable(),
  created_at: date,
});
export type AuditRow = z.infer<typeof auditRowSchema>;
