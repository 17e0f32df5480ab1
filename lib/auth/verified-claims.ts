import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { createSupabaseServerClient } from '@/lib/supabase/server-client';
import { verifiedClaimsSchema, type VerifiedClaims } from './claims.schema';
import { SIGN_IN_PATH } from './paths';

/** The session's JWT claims after Supabase Auth verified them, or null. Once per request. */
export const getVerifiedClaims = cache(async (): Promise<VerifiedClaims | null> => {
  const supabase = await createSupabaseServerClient();
  try {
    const { data, error } = await supabase.auth.getClaims();
    if (error || !data) return null;
    const parsed = verifiedClaimsSchema.safeParse(data.claims);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
});

/** Verified claims, or a redirect to the sign-in page. */
export async function requireClaims(): Promise<VerifiedClaims> {
  const claims = await getVerifiedClaims();
  if (!claims) redirect(SIGN_IN_PATH);
  return claims;
}
