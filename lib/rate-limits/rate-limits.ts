import 'server-only';
import { z } from 'zod';
import type { Tx } from '@/lib/db/pool.server';
import {
  rateLimitViewSchema,
  type AddRateLimitInput,
  type RateLimitView,
  type UpdateRateLimitInput,
} from './rate-limits.schema';

/** Why a write did nothing, for the action to word; RLS makes "not allowed" look like "not found". */
export type WriteOutcome = 'ok' | 'duplicate' | 'not_found';

/**
 * A connection's windows with the current window's count, computed the way check_rate_limit
 * does (UTC-aligned fixed windows): a counter from an earlier window means nothing used yet.
 */
export async function listRateLimits(tx: Tx, connectionId: string): Promise<RateLimitView[]> {
  const rows = await tx`
    with w as (
      select r.*, date_trunc(r.window_unit::text, now() at time zone 'UTC') at time zone 'UTC' as current_start
        from public.rate_limits r where r.connection_id = ${connectionId}
    )
    select id, window_unit::text, max_requests, u.used, greatest(max_requests - u.used, 0) as remaining,
           current_start + ('1 ' || window_unit::text)::interval as reset_at
      from w, lateral (select case when w.window_started_at = w.current_start then w.used else 0 end as used) u
     order by w.window_unit
  `;
  return z.array(rateLimitViewSchema).parse(rows);
}

/** Adds a window; the organization comes from the connection, so RLS checks the caller is its admin. */
export async function addRateLimit(tx: Tx, organizationId: string, input: AddRateLimitInput): Promise<WriteOutcome> {
  const rows = await tx`
    insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests)
    select c.organization_id, c.id, ${input.window_unit}::public.rate_window, ${input.max_requests}
      from public.integration_connections c
     where c.id = ${input.connection_id} and c.organization_id = ${organizationId}
    on conflict (connection_id, window_unit) do nothing
    returning id
  `;
  if (rows.length > 0) return 'ok';
  const [exists] = await tx`select 1 from public.integration_connections where id = ${input.connection_id} and organization_id = ${organizationId}`;
  return exists ? 'duplicate' : 'not_found';
}

export async function updateRateLimit(tx: Tx, organizationId: string, input: UpdateRateLimitInput): Promise<WriteOutcome> {
  const rows = await tx`
    update public.rate_limits set max_requests = ${input.max_requests}
     where id = ${input.id} and organization_id = ${organizationId} returning id
  `;
  return rows.length > 0 ? 'ok' : 'not_found';
}

export async function removeRateLimit(tx: Tx, organizationId: string, id: string): Promise<WriteOutcome> {
  const rows = await tx`delete from public.rate_limits where id = ${id} and organization_id = ${organizationId} returning id`;
  return rows.length > 0 ? 'ok' : 'not_found';
}
