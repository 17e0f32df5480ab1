import type { WebhookScheme } from '@/supabase/functions/_shared/providers/provider.schema.ts';

// The intake's path, as the gateway exposes it (supabase/functions/webhook-handler).
const FUNCTION_PATH = '/functions/v1/webhook-handler';

/** The URL a provider is given for an endpoint; the token only in the one answer that creates it. */
export function webhookUrl(baseUrl: string, endpointId: string, token?: string): string {
  const url = `${baseUrl.replace(/\/+$/, '')}${FUNCTION_PATH}/${endpointId}`;
  return token ? `${url}?token=${encodeURIComponent(token)}` : url;
}

/** Providers that cannot sign their deliveries prove themselves with the endpoint's URL token. */
export function usesUrlToken(scheme: WebhookScheme): boolean {
  return scheme === 'none' || scheme === 'url_token';
}
