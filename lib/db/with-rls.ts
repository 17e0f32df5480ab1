import 'server-only';
import type { VerifiedClaims } from '@/lib/auth/claims.schema';
import { browserIp } from '@/lib/http/browser-ip.server';
import { getSql, type Tx } from './pool.server';

/**
 * Runs `fn` in a transaction as the signed-in user, exactly as PostgREST does per
 * request: role `authenticated` and the verified JWT claims, both transaction-local.
 * Postgres RLS policies are therefore the authorization for everything `fn` reads or writes.
 * The claims also carry the browser's address (client_ip), which the credential audit
 * records (private.request_ip()).
 */
export async function withRls<T>(claims: VerifiedClaims, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const clientIp = await browserIp();
  const result = await getSql().begin(async (tx) => {
    await tx`
      select set_config('role', 'authenticated', true),
             set_config('request.jwt.claims', ${JSON.stringify({ ...claims, client_ip: clientIp ?? undefined })}, true)
    `;
    return fn(tx);
  });
  // postgres.js types `begin` through a promise-unwrapping helper; the value is `fn`'s own.
  return result as T;
}
