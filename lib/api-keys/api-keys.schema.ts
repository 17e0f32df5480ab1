import { z } from 'zod';

// Ids are z.guid(), not z.uuid(): seeds and tests use hand-written ids that are not RFC 9562 versions.

/** One key as the list shows it; key_hash is not even readable by members (column grants). */
export const apiKeyRowSchema = z.object({
  id: z.guid(),
  name: z.string(),
  prefix: z.string(),
  all_connections: z.boolean(),
  connection_names: z.array(z.string()),
  rate_limit_per_minute: z.number().int().nullable(),
  created_at: z.coerce.date(),
  last_used_at: z.coerce.date().nullable(),
  revoked_at: z.coerce.date().nullable(),
});
export type ApiKeyRow = z.infer<typeof apiKeyRowSchema>;

export const keyConnectionSchema = z.object({ id: z.guid(), name: z.string(), provider_name: z.string() });
export type KeyConnection = z.infer<typeof keyConnectionSchema>;

// Messages are the dictionary's keys (errors.*), so the form shows them in the reader's language.
// An empty field means "no own limit".
const optionalLimit = z.preprocess(
  (v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? undefined : v),
  z.coerce.number('limit').int('limit').positive('limit').max(1_000_000_000, 'limit').optional(),
);

/**
 * The create form: connection ids arrive as one comma-separated field, because the
 * form wrapper reads FormData with Object.fromEntries, which keeps one value per name.
 */
export const createApiKeyInputSchema = z
  .object({
    name: z.string().trim().min(1, 'name').max(100, 'name'),
    scope: z.enum(['all', 'selected'], 'scope'),
    connection_ids: z
      .string()
      .default('')
      .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
      .pipe(z.array(z.guid('connection')).max(200, 'scope')),
    rate_limit_per_minute: optionalLimit,
  })
  .refine((v) => v.scope === 'all' || v.connection_ids.length > 0, { message: 'scope', path: ['connection_ids'] });
export type CreateApiKeyInput = z.infer<typeof createApiKeyInputSchema>;

export const revokeApiKeyInputSchema = z.object({ id: z.guid() });

/** What create_api_key answers: the plaintext exactly once. */
export const createdKeySchema = z.object({ id: z.guid(), prefix: z.string(), key: z.string() });
export type CreatedKey = z.infer<typeof createdKeySchema>;
