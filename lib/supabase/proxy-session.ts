import 'server-only';
import { createServerClient } from '@supabase/ssr';
import { NextResponse, type NextRequest } from 'next/server';
import { getServerEnv } from '@/lib/env.server';

export interface ProxySession {
  /** The pass-through response carrying any refreshed auth cookies. */
  response: NextResponse;
  isSignedIn: boolean;
}

/**
 * Refreshes the Supabase session from the request cookies (the @supabase/ssr
 * middleware pattern): refreshed tokens are written to the request, so the page
 * sees them, and to the response, so the browser keeps them.
 */
export async function refreshSession(request: NextRequest): Promise<ProxySession> {
  const env = getServerEnv();
  let response = NextResponse.next({ request });

  const supabase = createServerClient(env.SUPABASE_URL, env.SUPABASE_ANON_KEY, {
    cookies: {
      getAll() {
        return request.cookies.getAll();
      },
      setAll(cookiesToSet, headers) {
        for (const { name, value } of cookiesToSet) request.cookies.set(name, value);
        response = NextResponse.next({ request });
        for (const { name, value, options } of cookiesToSet) {
          response.cookies.set(name, value, options);
        }
        for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
      },
    },
  });

  let isSignedIn = false;
  try {
    const { data, error } = await supabase.auth.getClaims();
    isSignedIn = !error && Boolean(data?.claims.sub);
  } catch {
    // An unreachable auth server counts as signed out; pages re-verify anyway.
    isSignedIn = false;
  }
  return { response, isSignedIn };
}

/** A redirect that keeps the refreshed auth cookies of `from`. */
export function redirectKeepingCookies(from: NextResponse, url: URL): NextResponse {
  const redirect = NextResponse.redirect(url);
  for (const cookie of from.cookies.getAll()) redirect.cookies.set(cookie);
  const cacheControl = from.headers.get('cache-control');
  if (cacheControl) redirect.headers.set('cache-control', cacheControl);
  return redirect;
}
