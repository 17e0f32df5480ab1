import type { NextRequest } from 'next/server';
import { HOME_PATH, SIGN_IN_PATH, isProtectedPath, signInUrlFor } from '@/lib/auth/paths';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { redirectKeepingCookies, refreshSession } from '@/lib/supabase/proxy-session';

// Refreshes the Supabase session on every page request, then gates the dashboard.
// Pages still verify the user themselves: this is routing, not authorization.
export async function proxy(request: NextRequest) {
  const { response, isSignedIn } = await refreshSession(request);
  const { pathname, search } = request.nextUrl;

  if (!isSignedIn && isProtectedPath(pathname)) {
    return redirectKeepingCookies(response, new URL(signInUrlFor(`${pathname}${search}`), request.url));
  }
  if (isSignedIn && pathname === SIGN_IN_PATH) {
    const next = safeNextPath(request.nextUrl.searchParams.get('next') ?? undefined, HOME_PATH);
    return redirectKeepingCookies(response, new URL(next, request.url));
  }
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|css|js|map|txt)$).*)'],
};
