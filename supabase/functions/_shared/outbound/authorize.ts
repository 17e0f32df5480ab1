import type { AuthScheme } from '../providers/provider.schema.ts';
import { apiKeyHeaderFor, authorizeApiKeyHeader } from './auth/api-key-header.ts';
import { authorizeBasic } from './auth/basic.ts';
import { authorizeBearer } from './auth/bearer.ts';
import { authorizeBodyFields } from './auth/body-fields.ts';
import { authorizeClientInfoBody } from './auth/client-info-body.ts';
import { authorizeAuthorizationCode } from './auth/oauth2-authorization-code.ts';
import { authorizeClientCredentials } from './auth/oauth2-client-credentials.ts';
import type { AuthHandler, AuthorizeDeps } from './auth/scheme.ts';
import { applyFixedHeaders } from './fixed-headers.ts';
import type { OutboundProvider, OutboundRequest, Secrets } from './types.ts';

export type { AuthorizeDeps } from './auth/scheme.ts';

const HANDLERS: Record<AuthScheme, AuthHandler> = {
  bearer: authorizeBearer,
  basic: authorizeBasic,
  api_key_header: authorizeApiKeyHeader,
  oauth2_client_credentials: authorizeClientCredentials,
  oauth2_authorization_code: authorizeAuthorizationCode,
  body_fields: authorizeBodyFields,
  client_info_body: authorizeClientInfoBody,
};

// Credentials a caller might have brought along (e.g. the hub's own API key on a proxied
// request). They are dropped so the only credentials that leave are the connection's.
const CALLER_CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];

/**
 * Injects the connection's credentials into an outbound request, by the provider's auth
 * scheme (or a sibling API's, e.g. DHL Tracking's key header), plus its fixed headers.
 * Never mutates `request`. Throws CredentialsMissing / CredentialsInvalid /
 * CredentialsExpired / TokenRequestFailed.
 */
export async function authorizeRequest(
  provider: OutboundProvider,
  secrets: Secrets,
  request: OutboundRequest,
  deps: AuthorizeDeps,
): Promise<OutboundRequest> {
  const headers = new Headers(request.headers);
  for (const name of CALLER_CREDENTIAL_HEADERS) headers.delete(name);
  const clean: OutboundRequest = { method: request.method, url: new URL(request.url), headers, body: request.body };

  const sibling = apiKeyHeaderFor(provider.slug, clean.url, false);
  const handler = sibling ? authorizeApiKeyHeader : HANDLERS[provider.auth_scheme];
  const authorized = await handler(provider, secrets, clean, deps);
  return applyFixedHeaders(provider.slug, secrets, authorized);
}
