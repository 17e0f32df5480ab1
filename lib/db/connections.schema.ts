import { z } from 'zod';
import { Constants } from '@/types/database';

// Ids are z.guid(), not z.uuid(): seeds and tests use hand-written ids that are not RFC 9562 versions.

// Enum values come from the generated database types, so the schema cannot drift from Postgres.
const { Enums } = Constants.public;
export const providerCategorySchema = z.enum(Enums.provider_category);
export const connectionEnvironmentSchema = z.enum(Enums.connection_environment);
export const connectionStatusSchema = z.enum(Enums.connection_status);
export const healthStatusSchema = z.enum(Enums.health_status);

/** A connection as the Integration Hub lists it, with its provider's identity. */
export const connectionListRowSchema = z.object({
  id: z.guid(),
  name: z.string(),
  environment: connectionEnvironmentSchema,
  status: connectionStatusSchema,
  health_status: healthStatusSchema,
  last_health_check_at: z.coerce.date().nullable(),
  created_at: z.coerce.date(),
  provider_slug: z.string(),
  provider_name: z.string(),
  category: providerCategorySchema,
});

export type ProviderCategory = z.infer<typeof providerCategorySchema>;
export type ConnectionEnvironment = z.infer<typeof connectionEnvironmentSchema>;
export type ConnectionStatus = z.infer<typeof connectionStatusSchema>;
export type HealthStatus = z.infer<typeof healthStatusSchema>;
export type ConnectionListRow = z.infer<typeof connectionListRowSchema>;
