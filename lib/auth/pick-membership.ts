import type { MembershipRow } from '../db/memberships.schema';

/** Cookie naming the organization a multi-organization user is working in. */
export const ORG_COOKIE = 'hub-org';

/**
 * The membership to act under: the organization named by the `hub-org` cookie if
 * the user belongs to it, otherwise the earliest membership. `memberships` must be
 * ordered earliest first.
 */
export function pickMembership(
  memberships: readonly MembershipRow[],
  preferredOrganizationId: string | undefined,
): MembershipRow | undefined {
  const preferred = preferredOrganizationId
    ? memberships.find((m) => m.organization_id === preferredOrganizationId)
    : undefined;
  return preferred ?? memberships[0];
}
