import type { OAuthProviderConfig } from './oauth-providers.ts';

const SCOPE = /^[A-Za-z0-9_.:/-]{1,100}$/;

/**
 * The scopes to ask for: settings.oauth_scopes (an array, or a space/comma separated
 * string) when an app was approved for others, else the provider's defaults.
 */
export function scopesFor(config: OAuthProviderConfig, settings: Record<string, unknown> | undefined): string[] {
  const raw = settings?.oauth_scopes;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : null;
  if (!list) return config.scopes;
  const scopes = list.filter((s): s is string => typeof s === 'string' && SCOPE.test(s));
  return scopes.length > 0 ? [...new Set(scopes)].slice(0, 50) : config.scopes;
}

export interface AuthorizeParams {
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  scopes: string[];
}

/** The consent URL: response_type=code with state and an S256 PKCE challenge. */
export function buildAuthorizeUrl(endpoint: URL, config: OAuthProviderConfig, p: AuthorizeParams): URL {
  const url = new URL(endpoint.href);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set(config.clientIdParam, p.clientId);
  url.searchParams.set('redirect_uri', p.redirectUri);
  url.searchParams.set('state', p.state);
  url.searchParams.set('code_challenge', p.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  if (p.scopes.length > 0) url.searchParams.set('scope', p.scopes.join(config.scopeSeparator));
  return url;
}
