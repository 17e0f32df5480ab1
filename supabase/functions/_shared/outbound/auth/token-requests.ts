import { basicAuthorization, requireHeaderSecret, requireSecret } from '../credentials.ts';
import { FORM_TYPE, mergeBodyFields } from '../body.ts';
import type { ProviderSlug } from '../../providers/provider.schema.ts';
import type { OutboundRequest, Secrets } from '../types.ts';

/** How one client-credentials provider asks for a token (PROVIDERS.md §2, §3, §7). */
export interface TokenEndpoint {
  /** Relative to the connection's base URL. */
  path: string;
  /** Puts the client credentials on a POST to `path`; the body's own fields are kept. */
  authorize(secrets: Secrets, request: OutboundRequest): OutboundRequest;
  /** The credential fields that identify the client (fingerprinted into the cache key). */
  identity(secrets: Secrets): string[];
}

const NI_IDENTITY_TYPE = 'application/vnd.ni-identity.v1+json';

function withContentType(request: OutboundRequest, contentType: string, extra: Record<string, string> = {}): OutboundRequest {
  const headers = new Headers(request.headers);
  headers.set('content-type', contentType);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return { ...request, headers };
}

export const TOKEN_ENDPOINTS: Partial<Record<ProviderSlug, TokenEndpoint>> = {
  // Basic client_id:client_secret, form body grant_type=client_credentials.
  paypal: {
    path: '/v1/oauth2/token',
    authorize: (secrets, request) => {
      const auth = basicAuthorization(requireSecret(secrets, 'client_id'), requireSecret(secrets, 'client_secret'));
      const form = withContentType(request, FORM_TYPE, { authorization: auth, accept: 'application/json' });
      return mergeBodyFields(form, {}, { grant_type: 'client_credentials' });
    },
    identity: (secrets) => [requireSecret(secrets, 'client_id'), requireSecret(secrets, 'client_secret')],
  },
  // Form body carrying grant_type, client_id (API key) and client_secret (secret key).
  fedex: {
    path: '/oauth/token',
    authorize: (secrets, request) =>
      mergeBodyFields(
        withContentType(request, FORM_TYPE),
        { client_id: requireSecret(secrets, 'api_key'), client_secret: requireSecret(secrets, 'secret_key') },
        { grant_type: 'client_credentials' },
      ),
    identity: (secrets) => [requireSecret(secrets, 'api_key'), requireSecret(secrets, 'secret_key')],
  },
  // The portal's API key goes as-is after "Basic" (it is already encoded); identity JSON type.
  network_international: {
    path: '/identity/auth/access-token',
    authorize: (secrets, request) =>
      mergeBodyFields(
        withContentType(request, NI_IDENTITY_TYPE, {
          authorization: `Basic ${requireHeaderSecret(secrets, 'api_key')}`,
          accept: NI_IDENTITY_TYPE,
        }),
        {},
        { grant_type: 'client_credentials' },
      ),
    identity: (secrets) => [requireSecret(secrets, 'api_key')],
  },
};

export function tokenEndpointFor(slug: ProviderSlug): TokenEndpoint {
  const endpoint = TOKEN_ENDPOINTS[slug];
  if (!endpoint) throw new Error(`No token endpoint mapping for provider ${slug}`);
  return endpoint;
}
