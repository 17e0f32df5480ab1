import { inject } from 'vitest';
import type { ProviderSlug } from '../../supabase/functions/_shared/providers/provider.schema.ts';
import { connectToFake } from './connections.ts';
import type { Sql } from './db.ts';
import type { Tenant } from './tenants.ts';

/** A call through /functions/v1/api-proxy/<id><path> as the service role (headers of `init` added). */
export function proxyCall(connectionId: string, path: string, init: RequestInit = {}): Promise<Response> {
  const stack = inject('stack');
  const headers = { authorization: `Bearer ${stack.serviceRoleKey}`, ...(init.headers as Record<string, string>) };
  return fetch(`${stack.apiUrl}/functions/v1/api-proxy/${connectionId}${path}`, { ...init, headers });
}

/** A connection of the tenant to a fake under `<origin>/p/<slug>`, with its secrets and a limit no test reaches. */
export async function proxiedConnection(sql: Sql, tenant: Tenant, slug: ProviderSlug, origin: string): Promise<string> {
  const id = await connectToFake(sql, tenant, slug, origin, `Proxy ${slug} ${Math.random()}`);
  await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests) values (${tenant.orgId}, ${id}, 'second', 100000)`;
  return id;
}
