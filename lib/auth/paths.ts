export const SIGN_IN_PATH = '/sign-in';
export const HOME_PATH = '/integrations';
export const NO_ORGANIZATION_PATH = '/no-organization';

/** Paths that require a signed-in user (proxy.ts redirects others to sign in). */
export function isProtectedPath(pathname: string): boolean {
  return pathname === HOME_PATH || pathname.startsWith(`${HOME_PATH}/`);
}

/** `/sign-in?next=<path>` for a request that must sign in first. */
export function signInUrlFor(nextPath: string): string {
  return `${SIGN_IN_PATH}?${new URLSearchParams({ next: nextPath }).toString()}`;
}
