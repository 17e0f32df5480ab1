import 'server-only';
import { z } from 'zod';
import { connectionListRowSchema, type ConnectionListRow } from './connections.schema';
import type { Tx } from './pool.server';

/**
 * The connections visible under RLS, grouped by category then name. Pass
 * `organizationId` to narrow to one organization when the user belongs to several.
 */
export async function listConnections(tx: Tx, organizationId?: string): Promise<ConnectionListRow[]> {
  const rows = await tx`
    select c.id, c.name, c.environment, c.status, c.health_status,
           c.last_health_check_at, c.created_at,
           p.slug as provider_slug, p.name as provider_name, p.category
      from public.integration_connections c
      join public.integration_providers p on p.id = c.provider_id
     where ${organizationId === undefined ? tx`true` : tx`c.organization_id = ${organizationId}`}
     order by p.category, c.name
  `;
  return z.array(connectionListRowSchema).parse(rows);
}
