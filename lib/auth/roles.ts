import type { OrgRole } from '../db/memberships.schema';

const RANK: Record<OrgRole, number> = { viewer: 0, admin: 1, super_admin: 2 };

/** `viewer` < `admin` < `super_admin`, as the database's role checks rank them. */
export function hasRole(role: OrgRole, atLeast: OrgRole): boolean {
  return RANK[role] >= RANK[atLeast];
}

export const ROLE_LABELS: Record<OrgRole, string> = {
  viewer: 'Viewer',
  admin: 'Admin',
  super_admin: 'Super admin',
};
