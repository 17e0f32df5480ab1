import { z } from 'zod';

/**
 * The verified JWT claims we rely on. Loose: every other claim is kept, because the
 * whole payload becomes `request.jwt.claims` for RLS, exactly as PostgREST passes it.
 */
export const verifiedClaimsSchema = z.looseObject({
  sub: z.guid(),
  role: z.string(),
  email: z.string().optional(),
});
export type VerifiedClaims = z.infer<typeof verifiedClaimsSchema>;
