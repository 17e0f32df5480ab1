import { inject } from 'vitest';
import type { ProviderSlug } from '../../supabase/functions/_shared/providers/provider.schema.ts';
import { asActor, type Sql } from './db.ts';
import { SECRETS } from './provider-secrets.ts';
import type { Tenant } from './tenants.ts';

/** Stores each field through the vault as the service role (committed), as the wizard's function does. */
export async function storeSecrets(sql: Sql, connectionId: string, secrets: Record<string, string>): Promise<void> {
  const key = inject('stack').credentialsKey;
  for (const [field, value] of Object.entries(secrets)) {
    await asActor(sql, { kind: 'service' }, (tx) => tx`select public.set_credential(${connectionId}, ${field}, ${value}, ${key}, 'local-1')`, { commit: true });
  }
}

/**
 * An active connection of the tenant to a provider, pointed at a fake on loopback under
 * `<origin>/p/<slug>`, with the provider's made-up secrets stored.
 */
export async function connectToFake(sql: Sql, tenant: Tenant, slug: ProviderSlug, origin: string, name = `${slug} ${Math.random()}`): Promise<string> {
  const [row] = await sql`insert into public.integration_connections (organization_id, provider_id, name, status, base_url_override)
    select ${tenant.orgId}, p.id, ${name}, 'active', ${`${origin}/p/${slug}`}
    from public.integration_providers p where p.slug = ${slug} returning id`;
  const id = row!.id as string;
  await storeSecrets(sql, id, SECRETS[slug]);
  return id;
}

/** A connection's decrypted secrets, read as the service role through get_connection_secrets. */
export async function readSecrets(sql: Sql, connectionId: string): Promise<Record<string, string>> {
  const key = inject('stack').credentialsKey;
  const [row] = await asActor(sql, { kind: 'service' }, (tx) =>
    tx`select public.get_connection_secrets(${connectionId}, ${tx.json({ 'local-1': key })}, 'service') as s`);
  return row!.s as Record<string, string>;
}
