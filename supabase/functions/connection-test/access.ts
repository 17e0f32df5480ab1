import { HttpError } from '../_shared/http/errors.ts';
import { ProviderSchema, type Provider, type ProviderSlug } from '../_shared/providers/provider.schema.ts';
import type { Tx } from './caller-tx.ts';

// Authorization questions asked inside the caller's RLS transaction, so the answers are
// the database's. "Not visible" and "not a member" both read as 404, so nobody learns
// whether another organization's ids exist; members who are not admins get 403.

function requireAdmin(visible: boolean, admin: boolean, what: string): void {
  if (!visible) throw new HttpError('not_found', `No such ${what}.`);
  if (!admin) throw new HttpError('forbidden', 'Only admins of the organization can manage its connections.');
}

export async function assertOrgAdmin(tx: Tx, organizationId: string): Promise<void> {
  const [row] = await tx`select private.has_org_role(${organizationId}, 'viewer') as member,
                                private.has_org_role(${organizationId}, 'admin') as admin`;
  requireAdmin(Boolean(row?.member), Boolean(row?.admin), 'organization');
}

export async function loadProvider(tx: Tx, slug: ProviderSlug): Promise<Provider> {
  const [row] = await tx`select to_jsonb(p) as provider from public.integration_providers p where p.slug = ${slug} and p.is_active`;
  if (!row) throw new HttpError('not_found', 'No such provider in the catalogue.');
  return ProviderSchema.parse(row.provider);
}

export interface ManagedConnection {
  id: string;
  environment: 'sandbox' | 'production';
  base_url_override: string | null;
  provider: Provider;
}

/** A connection the caller administers, with its provider; RLS hides other organizations'. */
export async function loadConnectionForAdmin(tx: Tx, connectionId: string): Promise<ManagedConnection> {
  const [row] = await tx`
    select c.id, c.environment, c.base_url_override, private.has_org_role(c.organization_id, 'admin') as admin,
           to_jsonb(p) as provider
      from public.integration_connections c join public.integration_providers p on p.id = c.provider_id
     where c.id = ${connectionId}`;
  requireAdmin(Boolean(row), Boolean(row?.admin), 'connection');
  return { id: row!.id, environment: row!.environment, base_url_override: row!.base_url_override, provider: ProviderSchema.parse(row!.provider) };
}
