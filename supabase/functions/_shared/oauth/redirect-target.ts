// Where the browser goes after the callback. Only same-site relative paths or the configured
// dashboard origin (HUB_DASHBOARD_URL) are accepted, so the callback cannot become an open
// redirect that carries ?oauth=… to somebody else's site.

const PLACEHOLDER_ORIGIN = 'http://hub.invalid';
// deno-lint-ignore no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/** The normalised target, or null when it is not allowed. */
export function safeRedirectTarget(raw: unknown, dashboardUrl: string | null): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048 || UNSAFE.test(raw)) return null;
  if (raw.startsWith('/')) {
    // "//host" and "/\host" are protocol-relative to browsers.
    if (raw.startsWith('//')) return null;
    const url = new URL(raw, PLACEHOLDER_ORIGIN);
    return url.origin === PLACEHOLDER_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : null;
  }
  if (!dashboardUrl) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.origin === new URL(dashboardUrl).origin && !url.username && !url.password ? url.href : null;
}

export type OAuthResult = { outcome: 'success' } | { outcome: 'error'; reason: string };

/**
 * The target with ?oauth=success|error&reason=… (replacing any the target carried). A
 * relative target is placed on the dashboard origin when one is configured; without one it
 * stays relative (same site as the functions).
 */
export function resultUrl(target: string, dashboardUrl: string | null, result: OAuthResult): string {
  const relative = target.startsWith('/');
  const url = new URL(target, relative ? (dashboardUrl ?? PLACEHOLDER_ORIGIN) : undefined);
  url.searchParams.delete('oauth');
  url.searchParams.delete('reason');
  url.searchParams.set('oauth', result.outcome);
  if (result.outcome === 'error') url.searchParams.set('reason', result.reason);
  return relative && !dashboardUrl ? `${url.pathname}${url.search}${url.hash}` : url.href;
}
