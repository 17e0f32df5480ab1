import type { Sql } from '../db.ts';
import { ProviderSchema, type Provider } from '../providers/provider.schema.ts';
import type { OutboundConnection, Secrets } from '../outbound/types.ts';
import type { CredentialKeys } from '../vault/keys.ts';
import { readConnectionSecrets, type SecretsRequest } from '../vault/secrets.ts';
import { secretValues } from '../providers/secret-values.ts';

/** Everything the proxy needs to send a connection's calls, decrypted secrets included. */
export interface ConnectionContext {
  id: string;
  organizationId: string;
  provider: Provider;
  connection: OutboundConnection;
  secrets: Secrets;
  /** Values of the provider's `secret: true` fields, for redacting logs. */
  secretValues: string[];
  /** The provider's own idempotency header (payment_providers), e.g. PayPal-Request-Id. */
  idempotencyHeader: string | null;
}

interface Row {
  id: string;
  organization_id: string;
  environment: 'sandbox' | 'production';
  base_url_override: string | null;
  settings: Record<string, unknown>;
  provider: unknown;
  idempotency_header: string | null;
}

/** Loads a connection and decrypts its secrets (an audited read, attributed to `who`, for `purpose`). */
export async function loadConnectionContext(
  sql: Sql,
  keys: CredentialKeys,
  connectionId: string,
  who: Omit<SecretsRequest, 'connectionId' | 'purpose'>,
  purpose = 'api proxy',
): Promise<ConnectionContext> {
  const [row] = await sql<Row[]>`
    select c.id, c.organization_id, c.environment, c.base_url_override, c.settings, to_jsonb(p) as provider, pp.idempotency_header
    from public.integration_connections c
    join public.integration_providers p on p.id = c.provider_id
    left join public.payment_providers pp on pp.provider_id = p.id
    where c.id = ${connectionId}`;
  if (!row) throw new Error(`connection ${connectionId} vanished`);
  const provider = ProviderSchema.parse(row.provider);
  const secrets = await readConnectionSecrets(sql, keys, { ...who, connectionId, purpose });
  return {
    id: row.id,
    organizationId: row.organization_id,
    provider,
    connection: { environment: row.environment, base_url_override: row.base_url_override, settings: row.settings },
    secrets,
    secretValues: secretValues(provider, secrets),
    idempotencyHeader: row.idempotency_header,
  };
}
