import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { listMemberships } from '@/lib/db/memberships';
import type { OrgRole } from '@/lib/db/memberships.schema';
import { withRls } from '@/lib/db/with-rls';
import type { VerifiedClaims } from './claims.schema';
import { NO_ORGANIZATION_PATH } from './paths';
import { ORG_COOKIE, pickMembership } from './pick-membership';
import { requireClaims } from './verified-claims';

export interface Member {
  userId: string;
  email: string;
  organizationId: string;
  organizationName: string;
  role: OrgRole;
  /** Verified claims, for `withRls` in the code that serves this member. */
  claims: VerifiedClaims;
}

/**
 * The signed-in user and the organization they act in, read under RLS. Redirects
 * to sign in without a verified session, and to the no-organization page without
 * a membership. Cached per request so layout and page share one lookup.
 */
export const requireMember = cache(async (): Promise<Member> => {
  const claims = await requireClaims();
  const memberships = await withRls(claims, (tx) => listMemberships(tx, claims.sub));
  const preferred = (await cookies()).get(ORG_COOKIE)?.value;
  const membership = pickMembership(memberships, preferred);
  if (!membership) redirect(NO_ORGANIZATION_PATH);

  return {
    userId: claims.sub,
    email: claims.email ?? '',
    organizationId: membership.organization_id,
    organizationName: membership.organization_name,
    role: membership.role,
    claims,
  };
});
