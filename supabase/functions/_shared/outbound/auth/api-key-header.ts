import { requireHeaderSecret } from '../credentials.ts';
import type { ProviderSlug } from '../../providers/provider.schema.ts';
import { withHeaders, type AuthHandler } from './scheme.ts';

interface ApiKeyHeader {
  header: string;
  field: string;
  /** Only for this host: a sibling API of a provider whose main scheme differs. */
  host?: string;
}

const API_KEY_HEADERS: Partial<Record<ProviderSlug, readonly ApiKeyHeader[]>> = {
  smsa: [{ header: 'apikey', field: 'api_key' }],
  // MyDHL uses Basic; the Shipment Tracking - Unified API on api-eu.dhl.com takes a key header.
  dhl_express: [{ header: 'DHL-API-Key', field: 'tracking_api_key', host: 'api-eu.dhl.com' }],
};

/** The key header for this request, or null when the provider's catalogue scheme applies. */
export function apiKeyHeaderFor(slug: ProviderSlug, url: URL, schemeIsApiKey: boolean): ApiKeyHeader | null {
  const host = url.hostname.toLowerCase();
  const candidates = API_KEY_HEADERS[slug] ?? [];
  return candidates.find((c) => c.host === host) ?? (schemeIsApiKey ? candidates.find((c) => !c.host) ?? null : null);
}

export const authorizeApiKeyHeader: AuthHandler = (provider, secrets, request) => {
  const spec = apiKeyHeaderFor(provider.slug, request.url, true);
  if (!spec) throw new Error(`No API key header mapping for provider ${provider.slug}`);
  return withHeaders(request, { [spec.header]: requireHeaderSecret(secrets, spec.field) });
};
