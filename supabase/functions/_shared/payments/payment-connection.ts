import type { Sql } from '../db.ts';
import { HttpError } from '../http/errors.ts';
import { ProviderSchema, type Provider } from '../providers/provider.schema.ts';
import type { PaymentFacts } from './charge-plan.ts';

/** A payment connection as the processor needs it: where it points and what its provider can do. */
export interface PaymentConnection {
  id: string;
  organizationId: string;
  environment: 'sandbox' | 'production';
  status: 'pending' | 'active' | 'error' | 'disabled';
  base_url_override: string | null;
  settings: Record<string, unknown>;
  provider: Provider;
  /** Null when the provider is not a payment provider (checked after the caller's rights). */
  facts: PaymentFacts | null;
}

interface Row {
  id: string;
  organization_id: string;
  environment: 'sandbox' | 'production';
  status: PaymentConnection['status'];
  base_url_override: string | null;
  settings: Record<string, unknown>;
  provider: unknown;
  supports_aed: boolean | null;
  min_amount_fils: number | null;
  supported_currencies: string[] | null;
  supports_refunds: boolean | null;
}

/** Read as the function itself; the caller's right to use it is checked separately (payment-caller.ts). */
export async function loadPaymentConnection(sql: Sql, connectionId: string): Promise<PaymentConnection> {
  const [row] = await sql<Row[]>`
    select c.id, c.organization_id, c.environment, c.status, c.base_url_override, c.settings, to_jsonb(p) as provider,
           pp.supports_aed, pp.min_amount_fils, pp.supported_currencies, pp.supports_refunds
      from public.integration_connections c
      join public.integration_providers p on p.id = c.provider_id
      left join public.payment_providers pp on pp.provider_id = p.id
     where c.id = ${connectionId}`;
  if (!row) throw new HttpError('not_found', 'No such connection.');
  const provider = ProviderSchema.parse(row.provider);
  return {
    id: row.id,
    organizationId: row.organization_id,
    environment: row.environment,
    status: row.status,
    base_url_override: row.base_url_override,
    settings: row.settings ?? {},
    provider,
    facts: row.supports_aed === null ? null : {
      provider_name: provider.name,
      supports_aed: row.supports_aed,
      min_amount_fils: row.min_amount_fils,
      supported_currencies: row.supported_currencies ?? [],
      supports_refunds: row.supports_refunds ?? true,
    },
  };
}

/** The connection's payment facts; a disabled connection takes nothing, pending or erroring ones may be tried. */
export function usablePaymentFacts(connection: PaymentConnection): PaymentFacts {
  if (!connection.facts) throw new HttpError('bad_request', `The connection is to ${connection.provider.name}, which is not a payment provider.`);
  if (connection.status === 'disabled') throw new HttpError('conflict', 'The connection is disabled; enable it to take payments.');
  return connection.facts;
}
