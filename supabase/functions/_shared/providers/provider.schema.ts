import { z } from 'zod';

// Shapes of public.integration_providers rows (see migrations 20261125000300/000400).

export const PROVIDER_SLUGS = [
  'stripe', 'paypal', 'network_international', 'telr',
  'aramex', 'dhl_express', 'fedex', 'smsa',
  'facebook', 'instagram', 'linkedin', 'tiktok',
  'mailchimp', 'sendgrid', 'twilio', 'whatsapp_business',
] as const;

export const PROVIDER_CATEGORIES = ['payment', 'shipping', 'social', 'messaging'] as const;

export const AUTH_SCHEMES = [
  'bearer', 'basic', 'api_key_header', 'oauth2_client_credentials',
  'oauth2_authorization_code', 'body_fields', 'client_info_body',
] as const;

export const WEBHOOK_SCHEMES = [
  'stripe_v1', 'paypal_rsa_sha256', 'hmac_sha256_hex_prefixed', 'linkedin_hmac_sha256',
  'tiktok_hmac_sha256', 'fedex_hmac_sha256_base64', 'twilio_hmac_sha1', 'sendgrid_ecdsa_p256',
  'telr_sha1_check', 'static_header_secret', 'url_token', 'none',
] as const;

/** A pattern must compile as a JS RegExp, since the wizard validates input with it. */
const regexSource = z.string().refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

// Free-text "UNCONFIRMED ..." caveats carried over from the provider reference.
const note = z.string().min(1).optional();

export const CredentialFieldSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: z.string().min(1),
  secret: z.boolean(),
  required: z.boolean(),
  pattern: regexSource.optional(),
  help: z.string().min(1),
  placeholder: z.string().optional(),
});

export const HealthCheckSchema = z.strictObject({
  method: z.enum(['GET', 'POST']),
  // Relative to the base URL; may hold {credential_field} placeholders such as {account_sid}.
  path: z.string().startsWith('/'),
  body: z.record(z.string(), z.unknown()).optional(),
  expect_status: z.array(z.int().min(100).max(599)).min(1),
  /** Slower answers are "degraded"; the monitor defaults to 2000 ms, a connection may override. */
  degraded_after_ms: z.int().positive().optional(),
  note,
});

export const WebhookSignatureSchema = z.strictObject({
  scheme: z.enum(WEBHOOK_SCHEMES),
  header: z.string().min(1).optional(),
  encoding: z.enum(['hex', 'base64']).optional(),
  signed_bytes: z.string().min(1).optional(),
  tolerance_seconds: z.int().positive().optional(),
  handshake: z.enum(['meta_hub_challenge', 'linkedin_challenge_code', 'mailchimp_get']).optional(),
  dedupe_key: z.string().min(1).optional(),
  /** The connection credential field that signs or authenticates this provider's webhooks. */
  secret_field: z.string().regex(/^[a-z][a-z0-9_]*$/).optional(),
  note,
});

export const RateLimitSchema = z.strictObject({
  window: z.enum(['second', 'minute', 'hour', 'day', 'month']),
  limit: z.int().positive(),
  scope: z.string().min(1).optional(),
  note,
});

// Not z.url(): base URLs keep the docs' placeholders ({dc}, v{N}.0) until a connection fills them.
const baseUrl = z.string().regex(/^https:\/\/\S+$/);

export const ProviderSchema = z.object({
  id: z.uuid(),
  slug: z.enum(PROVIDER_SLUGS),
  name: z.string().min(1),
  category: z.enum(PROVIDER_CATEGORIES),
  description: z.string().min(1),
  auth_scheme: z.enum(AUTH_SCHEMES),
  credential_fields: z.array(CredentialFieldSchema),
  sandbox_base_url: baseUrl.nullable(),
  production_base_url: baseUrl,
  health_check: HealthCheckSchema,
  webhook_signature: WebhookSignatureSchema,
  rate_limits: z.array(RateLimitSchema),
  docs_url: z.url().nullable(),
  is_active: z.boolean(),
  // postgres.js yields Date, PostgREST yields ISO strings.
  created_at: z.coerce.date(),
  updated_at: z.coerce.date(),
});

export type ProviderSlug = (typeof PROVIDER_SLUGS)[number];
export type ProviderCategory = (typeof PROVIDER_CATEGORIES)[number];
export type AuthScheme = (typeof AUTH_SCHEMES)[number];
export type WebhookScheme = (typeof WEBHOOK_SCHEMES)[number];
export type CredentialField = z.infer<typeof CredentialFieldSchema>;
export type HealthCheck = z.infer<typeof HealthCheckSchema>;
export type WebhookSignature = z.infer<typeof WebhookSignatureSchema>;
export type RateLimit = z.infer<typeof RateLimitSchema>;
export type Provider = z.infer<typeof ProviderSchema>;
