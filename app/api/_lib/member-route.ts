import 'server-only';
import { cookies } from 'next/headers';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import type { Member } from '@/lib/auth/current-member';
import { ORG_COOKIE, pickMembership } from '@/lib/auth/pick-membership';
import { getVerifiedClaims } from '@/lib/auth/verified-claims';
import { listMemberships } from '@/lib/db/memberships';
import { withRls } from '@/lib/db/with-rls';
import { apiError, invalidInput } from './api-error';

type RouteParams = Promise<Record<string, string | string[]>>;

/**
 * The member a JSON request acts as, or the error to answer: 401 without a verified
 * session, 403 without a membership. Same lookup as requireMember(), which redirects
 * instead — a redirect is the wrong answer to fetch().
 */
async function memberFor(): Promise<Member | Response> {
  const claims = await getVerifiedClaims();
  if (!claims) return apiError(401, 'unauthenticated', 'Sign in to continue.');
  const memberships = await withRls(claims, (tx) => listMemberships(tx, claims.sub));
  const membership = pickMembership(memberships, (await cookies()).get(ORG_COOKIE)?.value);
  if (!membership) return apiError(403, 'no_organization', 'You are not a member of any organization.');
  return {
    userId: claims.sub,
    email: claims.email ?? '',
    organizationId: membership.organization_id,
    organizationName: membership.organization_name,
    role: membership.role,
    claims,
  };
}

/**
 * Every dashboard GET route: establish the member from verified claims, parse the query
 * string (and path parameters) with zod, then run the handler — whose SQL runs under the
 * member's RLS. Unknown failures are logged and hidden behind a 500.
 */
export function memberRoute<S extends z.ZodType>(
  schema: S,
  handler: (input: z.output<S>, member: Member, request: NextRequest) => Promise<Response>,
) {
  return async (request: NextRequest, context: { params: RouteParams }): Promise<Response> => {
    try {
      const member = await memberFor();
      if (member instanceof Response) return member;
      const parsed = schema.safeParse({ ...Object.fromEntries(request.nextUrl.searchParams), ...(await context.params) });
      if (!parsed.success) return invalidInput(parsed.error);
      return await handler(parsed.data, member, request);
    } catch (error) {
      console.error(`[api] ${request.method} ${request.nextUrl.pathname} failed`, error);
      return apiError(500, 'internal', 'Something went wrong on our side.');
    }
  };
}
