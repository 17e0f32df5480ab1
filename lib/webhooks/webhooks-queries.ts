import 'server-only';
import { z } from 'zod';
import type { Tx } from '@/lib/db/pool.server';
import { encodeCursor, type NotificationCursor } from '@/lib/notifications/cursor';
import { connectionOptionSchema, endpointSchema, eventSchema, type EventPage } from './webhooks.schema';

// Everything the webhooks pages read, under the reader's RLS: other organizations' rows
// are simply absent. `organizationId` narrows to the one the member is acting in.

export const EVENTS_PAGE_SIZE = 20;

/** The provider's signing credential field and its masked hint, for connection `c` of provider `p`. */
const SECRET_COLUMNS = (tx: Tx) => tx`
  p.category, p.name as provider_name, coalesce(p.webhook_signature->>'scheme', 'none') as scheme,
  (select f from jsonb_array_elements(p.credential_fields) f
    where f->>'name' = p.webhook_signature->>'secret_field') as secret_field,
  (select h.hint from public.list_credential_hints(c.id) h
    where h.field = p.webhook_signature->>'secret_field') as secret_hint`;

export async function listConnectionOptions(tx: Tx, organizationId: string) {
  const rows = await tx`
    select c.id, c.name, ${SECRET_COLUMNS(tx)}
      from public.integration_connections c join public.integration_providers p on p.id = c.provider_id
     where c.organization_id = ${organizationId}
     order by p.category, c.name`;
  return z.array(connectionOptionSchema).parse(rows);
}

function endpointsQuery(tx: Tx, organizationId: string, id?: string) {
  return tx`
    select e.id, e.connection_id, c.name as connection_name, e.description, e.is_active, e.event_types,
           e.token_hash is not null as has_token, e.created_at,
           private.has_org_role(e.organization_id, 'admin') as can_manage,
           ${SECRET_COLUMNS(tx)},
           json_build_object('received', s.received, 'processed', s.processed, 'failed', s.failed, 'dead', s.dead,
                             'pending', s.pending, 'rejected', s.rejected, 'last_received_at', s.last_received_at) as stats
      from public.webhook_endpoints e
      join public.integration_connections c on c.id = e.connection_id
      join public.integration_providers p on p.id = c.provider_id
      cross join lateral public.webhook_endpoint_stats(e.id) s
     where e.organization_id = ${organizationId} ${id ? tx`and e.id = ${id}` : tx``}
     order by e.created_at desc, e.id desc`;
}

export async function listEndpoints(tx: Tx, organizationId: string) {
  return z.array(endpointSchema).parse(await endpointsQuery(tx, organizationId));
}

export async function getEndpoint(tx: Tx, organizationId: string, id: string) {
  const [row] = await endpointsQuery(tx, organizationId, id);
  return row ? endpointSchema.parse(row) : null;
}

/**
 * One page of an endpoint's events, newest first, keyset-paginated by (received_at, id)
 * on the table's (endpoint_id, received_at desc) index. The cursor keeps microseconds,
 * passed as text, since a JS Date would round them and skip or repeat rows.
 */
export async function listEvents(tx: Tx, endpointId: string, before?: NotificationCursor, limit = EVENTS_PAGE_SIZE): Promise<EventPage> {
  const rows = await tx`
    select w.id, w.provider_event_id, w.event_type, w.status, w.attempts, w.next_attempt_at, w.last_error,
           w.processing_note, w.received_at, w.processed_at, w.payload, w.headers,
           to_char(w.received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
      from public.webhook_events w
     where w.endpoint_id = ${endpointId}
       ${before ? tx`and (w.received_at, w.id) < (${before.createdAt}::text::timestamptz, ${before.id}::uuid)` : tx``}
     order by w.received_at desc, w.id desc
     limit ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: z.array(eventSchema).parse(page),
    nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: String(last.cursor_at), id: String(last.id) }) : null,
  };
}
