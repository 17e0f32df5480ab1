import { z } from 'zod';
import { PROVIDER_SLUGS } from '../_shared/providers/provider.schema.ts';
import { baseUrlOverrideSchema, connectionNameSchema, environmentSchema, MAX_CREDENTIAL_LENGTH } from './connection-input.schema.ts';

// Raw shape only: each value is checked against the provider's own fields once the
// provider is known (credentialsSchema), so messages can name the field's label.
const credentials = z
  .record(z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'credential field names are lower_snake_case'), z.string().max(MAX_CREDENTIAL_LENGTH))
  .refine((values) => Object.keys(values).length <= 32, 'too many credential fields');

/** POST /connection-test: try a provider's health check with credentials nobody has saved. */
export const TestBody = z.strictObject({
  organization_id: z.guid(),
  provider_slug: z.enum(PROVIDER_SLUGS),
  environment: environmentSchema,
  base_url_override: baseUrlOverrideSchema,
  credentials,
});
export type TestBody = z.infer<typeof TestBody>;

/** POST /connection-test/connections: the wizard's last step, connection and secrets at once. */
export const CreateBody = TestBody.extend({ name: connectionNameSchema });
export type CreateBody = z.infer<typeof CreateBody>;

/** POST /connection-test/credentials: replace (or first set) fields of an existing connection. */
export const ReplaceBody = z.strictObject({
  connection_id: z.guid(),
  credentials: credentials.refine((values) => Object.keys(values).length > 0, 'name at least one credential field'),
});
export type ReplaceBody = z.infer<typeof ReplaceBody>;
