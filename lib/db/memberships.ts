import 'server-only';
import { z } from 'zod';
import { membershipRowSchema, type MembershipRow } from './memberships.schema';
import type { Tx } from './pool.server';

/** The user's own memberships, earliest first (RLS already limits rows to their organizations). */
export async function listMemberships(tx: Tx, userId: string): Promise<MembershipRow[]> {
  const rows = await tx`
    select m.organization_id, o.name as organization_name, o.slug as organization_slug,
           m.role, m.created_at
      from public.organization_members m
      join public.organizations o on o.id = m.organization_id
     where m.user_id = ${userId}
     order by m.created_at, m.organization_id
  `;
  return z.array(membershipRowSchema).parse(rows);
}
