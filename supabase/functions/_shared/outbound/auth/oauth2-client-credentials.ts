import { TokenRequestFailed } from '../errors.ts';
import { toBodyInit } from '../body.ts';
import { isFresh, singleFlightToken } from '../token-cache.ts';
import type { OutboundProvider, Secrets } from '../types.ts';
import { withHeaders, type AuthHandler, type AuthorizeDeps } from './scheme.ts';
import { tokenEndpointFor, type TokenEndpoint } from './token-requests.ts';

/** Used when a token response omits expires_in: the shortest lifetime seen (N-Genius). */
const DEFAULT_EXPIRES_IN_S = 300;

/**
 * A request to the token endpoint itself (the health check of these providers) gets the
 * client credentials; any other request gets a cached Bearer token, fetched once for all
 * concurrent callers and replaced 60 s before it expires.
 */
export const authorizeClientCredentials: AuthHandler = async (provider, secrets, request, deps) => {
  const endpoint = tokenEndpointFor(provider.slug);
  const tokenUrl = new URL(`${(deps.baseUrl ?? request.url.origin).replace(/\/+$/, '')}${endpoint.path}`);
  if (request.url.origin === tokenUrl.origin && trimSlash(request.url.pathname) === trimSlash(tokenUrl.pathname)) {
    return endpoint.authorize(secrets, request);
  }
  const token = await clientCredentialsToken(provider, secrets, endpoint, tokenUrl, deps);
  return withHeaders(request, { authorization: `Bearer ${token}` });
};

async function clientCredentialsToken(
  provider: OutboundProvider,
  secrets: Secrets,
  endpoint: TokenEndpoint,
  tokenUrl: URL,
  deps: AuthorizeDeps,
): Promise<string> {
  const key = await tokenCacheKey(provider, endpoint.identity(secrets), tokenUrl, deps.connectionId);
  // The cache read is inside the flight too, so 20 simultaneous misses cost one fetch.
  return singleFlightToken(deps.tokenCache, key, async () => {
    const cached = await deps.tokenCache.get(key);
    if (isFresh(cached, deps.now())) return cached.token;
    const issuedAt = deps.now(); // before the call, so the lifetime is never overestimated
    const request = endpoint.authorize(secrets, { method: 'POST', url: tokenUrl, headers: new Headers(), body: null });
    const response = await deps.fetch(tokenUrl, { method: 'POST', headers: request.headers, body: toBodyInit(request.body) });
    if (!response.ok) {
      await response.body?.cancel();
      throw new TokenRequestFailed(response.status);
    }
    const parsed = await readToken(response);
    await deps.tokenCache.set(key, { token: parsed.token, expiresAt: issuedAt + parsed.expiresIn * 1000 });
    return parsed.token;
  });
}

async function readToken(response: Response): Promise<{ token: string; expiresIn: number }> {
  const json: unknown = await response.json().catch(() => null);
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const token = record.access_token;
  // deno-lint-ignore no-control-regex
  if (typeof token !== 'string' || token === '' || /[\u0000-\u001f\u007f]/.test(token)) {
    throw new TokenRequestFailed(null);
  }
  const expiresIn = Number(record.expires_in);
  return { token, expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : DEFAULT_EXPIRES_IN_S };
}

/**
 * `oauth2:<connection or provider>:<token URL>:<fingerprint>`. The fingerprint (truncated
 * SHA-256 of the client credentials) makes rotated credentials miss the cache, and keeps
 * the key itself free of anything secret.
 */
export async function tokenCacheKey(
  provider: Pick<OutboundProvider, 'slug'>,
  identity: string[],
  tokenUrl: URL,
  connectionId?: string,
): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(identity)));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 32);
  return `oauth2:${connectionId ?? provider.slug}:${tokenUrl.href}:${hex}`;
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, '');
}
