import { ProviderSchema, type Provider } from '../providers/provider.schema.ts';
import type { OutboundConnection } from '../outbound/types.ts';
import type { Tx } from './tx-roles.ts';

/** What the OAuth flows read about a connection, with its catalogue entry. */
export interface OAuthConnection extends OutboundConnection {
  id: string;
  organization_id: string;
  name: string;
  status: 'pending' | 'active' | 'error' | 'disabled';
  settings: Record<string, unknown>;
  provider: Provider;
}

/** Null when the connection does not exist (or RLS hides it from the transaction's role). */
export async function loadOAuthConnection(tx: Tx, connectionId: string): Promise<OAuthConnection | null> {
  const [row] = await tx`
    select c.id, c.organization_id, c.name, c.status, c.environment, c.base_url_override, c.settings,
           to_jsonb(p) as provider
      from public.integration_connections c join public.integration_providers p on p.id = c.provider_id
     where c.id = ${connectionId}`;
  if (!row) return null;
  return {
    id: row.id,
    organization_id: row.organization_id,
    name: row.name,
    status: row.status,
    environment: row.environment,
    base_url_override: row.base_url_override,
    settings: (row.settings ?? {}) as Record<string, unknown>,
    provider: ProviderSchema.parse(row.provider),
  };
}
