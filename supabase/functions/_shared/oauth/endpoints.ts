import { DEFAULT_GRAPH_API_VERSION, resolveBaseUrl } from '../outbound/base-url.ts';
import { UpstreamRefused } from '../outbound/errors.ts';
import { assertAllowedUpstream, normalizeHost, type Resolver } from '../outbound/ssrf.ts';
import type { OutboundConnection, OutboundProvider } from '../outbound/types.ts';
import type { OAuthProviderConfig } from './oauth-providers.ts';

export interface OAuthEndpoints {
  authorize: URL;
  token: URL;
  identity: URL;
  /** Meta's long-lived token exchange and (Instagram) renewal, where the provider has them. */
  longLived: URL | null;
  renew: URL | null;
  /** Facebook's Page list (/me/accounts), under the API base URL like the identity path. */
  pages: URL | null;
}

const OVERRIDE_SETTINGS = {
  authorize: 'oauth_authorize_url',
  token: 'oauth_token_url',
  identity: 'oauth_identity_url',
} as const;

/**
 * The flow's three URLs for one connection. Each may be set in settings
 * (oauth_authorize_url / oauth_token_url / oauth_identity_url); otherwise a base URL
 * override (sandbox, tests) moves the provider's own paths to its origin. Every URL then
 * passes the proxy's rules: https, no userinfo, one of the provider's hosts, unless the
 * local stack's allow setting is on.
 */
export function oauthEndpoints(
  config: OAuthProviderConfig,
  provider: OutboundProvider,
  connection: OutboundConnection,
  allowPrivate: boolean,
): OAuthEndpoints {
  const override = connection.base_url_override ? parseUrl(connection.base_url_override.trim(), 'base URL override') : null;
  const pick = (kind: keyof typeof OVERRIDE_SETTINGS, fallback: () => URL): URL => {
    const setting = connection.settings?.[OVERRIDE_SETTINGS[kind]];
    const url = typeof setting === 'string' && setting.trim() !== '' ? parseUrl(setting.trim(), OVERRIDE_SETTINGS[kind]) : fallback();
    assertOAuthUrl(url, config.hosts, allowPrivate);
    return url;
  };
  const onOverride = (absolute: string): URL => {
    const url = new URL(absolute);
    return override ? new URL(`${url.pathname}${url.search}`, override.origin) : url;
  };
  const fixed = (absolute: string | undefined): URL | null => {
    if (!absolute) return null;
    const url = onOverride(withGraphVersion(absolute, connection));
    assertOAuthUrl(url, config.hosts, allowPrivate);
    return url;
  };
  return {
    longLived: fixed(config.longLived?.exchangeUrl),
    pages: config.pages ? new URL(`${resolveBaseUrl(provider, connection, {})}${config.pages}`) : null,
    renew: fixed(config.longLived?.renewUrl),
    authorize: pick('authorize', () => onOverride(withGraphVersion(config.authorizeUrl, connection))),
    token: pick('token', () => onOverride(withGraphVersion(config.tokenUrl, connection))),
    identity: pick('identity', () =>
      config.identity.startsWith('/')
        ? new URL(`${resolveBaseUrl(provider, connection, {})}${config.identity}`)
        : onOverride(config.identity)),
  };
}

/** Scheme, userinfo and host rules shared by the browser-facing authorize URL and server calls. */
export function assertOAuthUrl(url: URL, hosts: string[], allowPrivate: boolean): void {
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
    throw new UpstreamRefused('OAuth endpoints must use https.');
  }
  if (url.username || url.password) throw new UpstreamRefused('OAuth endpoints must not contain credentials.');
  const host = normalizeHost(url.hostname);
  if (!allowPrivate && !hosts.includes(host)) {
    throw new UpstreamRefused(`The host ${host} is not one of this provider's OAuth hosts.`);
  }
}

/**
 * fetch for token and identity calls: the SSRF guard on every URL (addresses must be
 * public unless allowPrivate), redirects not followed, bounded by a timeout.
 */
export function guardedFetch(
  deps: { fetch: typeof fetch; allowPrivate: boolean; resolve?: Resolver; timeoutMs: number },
  hosts: string[],
) {
  return async (url: URL, init: RequestInit): Promise<Response> => {
    const allowedHosts = deps.allowPrivate ? [...hosts, normalizeHost(url.hostname)] : hosts;
    await assertAllowedUpstream(url, { allowedHosts, allowPrivate: deps.allowPrivate, resolve: deps.resolve });
    return deps.fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(deps.timeoutMs) });
  };
}

export type GuardedFetch = ReturnType<typeof guardedFetch>;

function withGraphVersion(template: string, connection: OutboundConnection): string {
  if (!template.includes('{N}')) return template;
  const setting = connection.settings?.graph_api_version;
  const raw = typeof setting === 'string' || typeof setting === 'number' ? String(setting) : DEFAULT_GRAPH_API_VERSION;
  const major = /^v?([0-9]{1,3})(?:\.0)?$/.exec(raw.trim())?.[1] ?? DEFAULT_GRAPH_API_VERSION.split('.')[0];
  return template.replaceAll('{N}', major!);
}

function parseUrl(raw: string, what: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new UpstreamRefused(`The ${what} is not a valid URL.`);
  }
}
