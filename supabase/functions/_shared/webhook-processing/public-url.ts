// The URL a provider called, as the provider saw it. Twilio signs that exact string, but
// the function sits behind a gateway that rewrites the path (/functions/v1/<fn>/… → /<fn>/…)
// and the host, so the public form is rebuilt here.

export const FUNCTION_PATH = '/functions/v1/webhook-handler';

export interface PublicUrlInput {
  endpointId: string;
  /** The request as the function received it (its query is the provider's query). */
  requestUrl: URL;
  headers: Headers;
  /** webhook_endpoints.public_url: what the admin pasted into the provider, if set. */
  configuredUrl: string | null;
  /** WEBHOOK_PUBLIC_BASE_URL: the origin (and any prefix) before /functions/v1. */
  baseUrl?: string;
}

/**
 * In order of trust: the endpoint's configured URL (plus the request's query unless it
 * carries its own), the deployment's configured base, the gateway's x-forwarded-* headers,
 * and last the request URL itself.
 */
export function publicWebhookUrl(input: PublicUrlInput): string {
  const query = input.requestUrl.search;
  if (input.configuredUrl) return input.configuredUrl.includes('?') ? input.configuredUrl : input.configuredUrl + query;
  const path = `${FUNCTION_PATH}/${input.endpointId}${query}`;
  if (input.baseUrl) return input.baseUrl.replace(/\/+$/, '') + path;
  const host = input.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  if (host) {
    const proto = input.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || input.requestUrl.protocol.replace(':', '');
    return `${proto}://${host}${path}`;
  }
  return `${input.requestUrl.origin}${path}`;
}
