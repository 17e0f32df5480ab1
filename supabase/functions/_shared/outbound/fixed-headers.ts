import { requireHeaderSecret } from './credentials.ts';
import type { ProviderSlug } from '../providers/provider.schema.ts';
import type { OutboundRequest, Secrets } from './types.ts';

type FixedHeaders = (secrets: Secrets, url: URL) => Record<string, string>;

/** Headers a provider needs on (some) requests regardless of the auth scheme. */
const FIXED_HEADERS: Partial<Record<ProviderSlug, FixedHeaders>> = {
  // Versioned /rest/ endpoints need both; legacy /v2/ endpoints (incl. userinfo) take neither.
  linkedin: (secrets, url): Record<string, string> =>
    url.pathname.startsWith('/rest/')
      ? { 'LinkedIn-Version': requireHeaderSecret(secrets, 'api_version'), 'X-Restli-Protocol-Version': '2.0.0' }
      : {},
};

export function applyFixedHeaders(slug: ProviderSlug, secrets: Secrets, request: OutboundRequest): OutboundRequest {
  const fixed = FIXED_HEADERS[slug]?.(secrets, request.url) ?? {};
  if (Object.keys(fixed).length === 0) return request;
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(fixed)) headers.set(name, value);
  return { ...request, headers };
}
