// Everything the intake needs to verify deliveries to one endpoint, loaded with one query
// and (only when the provider's scheme needs a secret) one audited decryption.
import type { Sql } from '../_shared/db.ts';
import type { WebhookScheme } from '../_shared/providers/provider.schema.ts';
import type { CredentialKeys } from '../_shared/vault/keys.ts';
import { readConnectionSecrets } from '../_shared/vault/secrets.ts';

export interface WebhookSignatureConfig {
  scheme: WebhookScheme;
  tolerance_seconds?: number;
  handshake?: 'meta_hub_challenge' | 'linkedin_challenge_code' | 'mailchimp_get';
  secret_field?: string;
}

export interface EndpointConfig {
  id: string;
  connectionId: string;
  isActive: boolean;
  provider: string;
  signature: WebhookSignatureConfig;
  /** SHA-256 of the endpoint's URL token (providers that cannot sign). */
  tokenHash: Uint8Array | null;
  publicUrl: string | null;
  /** The credential that signs the provider's deliveries ('' when not set). */
  secret: string;
  /** static_header_secret: the header name chosen in the provider's portal. */
  headerName: string | null;
  /** PayPal: the webhook id inside the signed string. */
  webhookId: string | null;
  /** Meta hub.challenge verify token; LinkedIn signs challenges with the client secret. */
  verifyToken: string | null;
  clientSecret: string | null;
}

const SCHEMES_WITHOUT_SECRET = new Set<WebhookScheme>(['url_token', 'none']);

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** Loads an endpoint, or null when there is none with that id. */
export async function loadEndpointConfig(sql: Sql, keys: CredentialKeys, endpointId: string): Promise<EndpointConfig | null> {
  const [row] = await sql`
    select e.id, e.connection_id, e.is_active, e.token_hash, e.public_url, c.settings, p.slug, p.webhook_signature
      from public.webhook_endpoints e
      join public.integration_connections c on c.id = e.connection_id
      join public.integration_providers p on p.id = c.provider_id
     where e.id = ${endpointId}`;
  if (!row) return null;
  const signature = (row.webhook_signature ?? { scheme: 'none' }) as WebhookSignatureConfig;
  const needsSecret = !SCHEMES_WITHOUT_SECRET.has(signature.scheme)
    || signature.handshake === 'meta_hub_challenge' || signature.handshake === 'linkedin_challenge_code';
  // Non-secret fields (header name, PayPal webhook id) may sit in settings or in the vault.
  const values: Record<string, unknown> = { ...(row.settings as Record<string, unknown>) };
  if (needsSecret && row.is_active) {
    Object.assign(values, await readConnectionSecrets(sql, keys, {
      connectionId: row.connection_id as string, actorType: 'service', purpose: 'webhook verification',
    }));
  }
  return {
    id: row.id as string,
    connectionId: row.connection_id as string,
    isActive: row.is_active as boolean,
    provider: row.slug as string,
    signature,
    tokenHash: row.token_hash ? new Uint8Array(row.token_hash as Uint8Array) : null,
    publicUrl: text(row.public_url),
    secret: (signature.secret_field && text(values[signature.secret_field])) || '',
    headerName: text(values.webhook_header_key) ?? text(values.push_header_name),
    webhookId: text(values.webhook_id),
    verifyToken: text(values.webhook_verify_token),
    clientSecret: text(values.client_secret),
  };
}
