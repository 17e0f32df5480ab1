import type { ProviderSlug } from '../providers/provider.schema.ts';
import { resolveBaseUrl } from './base-url.ts';
import { encodeForm, encodeJson, FORM_TYPE, JSON_TYPE } from './body.ts';
import { fillPathPlaceholders } from './placeholders.ts';
import type { OutboundConnection, OutboundProvider, OutboundRequest, Secrets } from './types.ts';

// How each provider expects its health-check body; JSON unless listed. The token calls
// (PayPal, FedEx) and Telr's gateway take forms; N-Genius wants its identity media type.
const BODY_TYPE: Partial<Record<ProviderSlug, string>> = {
  paypal: FORM_TYPE,
  fedex: FORM_TYPE,
  telr: FORM_TYPE,
  network_international: 'application/vnd.ni-identity.v1+json',
};

/**
 * The provider's catalogue health check as an unauthorised request: base URL (override or
 * environment) + health_check.path with `{credential_field}` placeholders filled, and the
 * catalogue body encoded. Pass the result through authorizeRequest, like any proxied call.
 */
export function buildHealthCheckRequest(
  provider: OutboundProvider,
  connection: OutboundConnection,
  secrets: Secrets,
): OutboundRequest {
  const check = provider.health_check;
  // String concatenation, not URL resolution: a base path such as /3.0 or /2010-04-01 must stay.
  const url = new URL(resolveBaseUrl(provider, connection, secrets) + fillPathPlaceholders(check.path, secrets));
  const headers = new Headers();
  let body: Uint8Array | null = null;
  if (check.body !== undefined) {
    const type = BODY_TYPE[provider.slug] ?? JSON_TYPE;
    body = type === FORM_TYPE ? encodeForm(check.body) : encodeJson(check.body);
    headers.set('content-type', type);
  }
  return { method: check.method, url, headers, body };
}
