import 'server-only';
import { headers } from 'next/headers';
import { asAddress } from '@/supabase/functions/_shared/http/client-ip.ts';

/**
 * The signed-in user's browser address, for the credential audit: the last X-Forwarded-For
 * hop, which the proxy in front of the dashboard added (with nothing in front, Next.js fills
 * the header with the socket's address). Null outside a request or when it is no address.
 */
export async function browserIp(): Promise<string | null> {
  try {
    return asAddress((await headers()).get('x-forwarded-for')?.split(',').at(-1));
  } catch {
    return null; // not in a request (a script, a build step)
  }
}
