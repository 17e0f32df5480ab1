import type { TokenCache } from '../token-cache.ts';
import type { OutboundProvider, OutboundRequest, Secrets } from '../types.ts';

export interface AuthorizeDeps {
  tokenCache: TokenCache;
  fetch: typeof fetch;
  now: () => number;
  /**
   * The connection's resolved base URL; token endpoints hang off it. Defaults to the
   * request URL's origin, which is right for every catalogued token endpoint.
   */
  baseUrl?: string;
  /** Namespaces cached tokens per connection (the key also fingerprints the credentials). */
  connectionId?: string;
}

/** One auth scheme: returns the request with its credentials injected. */
export type AuthHandler = (
  provider: OutboundProvider,
  secrets: Secrets,
  request: OutboundRequest,
  deps: AuthorizeDeps,
) => OutboundRequest | Promise<OutboundRequest>;

/** A copy whose headers may be changed without touching the caller's request. */
export function withHeaders(request: OutboundRequest, headers: Record<string, string>): OutboundRequest {
  const copy = new Headers(request.headers);
  for (const [name, value] of Object.entries(headers)) copy.set(name, value);
  return { ...request, headers: copy };
}
