import { z } from 'zod';
import { Constants } from '@/types/database';

export const orgRoleSchema = z.enum(Constants.public.Enums.org_role);
export type OrgRole = z.infer<typeof orgRoleSchema>;

/** One row of the signed-in user's memberships joined with its organization. */
export const membershipRowSchema = z.object({
  organization_id: z.guid(),
  organization_name: z.string(),
  organization_slug: z.string(),
  role: orgRoleSchema,
  created_at: z.coerce.date(),
});
export type MembershipRow = z.infer<typeof membershipRowSchema>;
