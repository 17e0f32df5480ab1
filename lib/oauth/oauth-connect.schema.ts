import { z } from 'zod';
import { OAUTH_PROVIDERS } from '@/supabase/functions/_shared/oauth/oauth-providers.ts';

/** The connect form: only the connection; where the browser returns is decided on the server. */
export const oauthConnectInputSchema = z.object({ connection_id: z.guid() });

/** The oauth function's answer to /oauth/start. */
export const oauthStartAnswerSchema = z.object({ authorize_url: z.url({ protocol: /^https?$/ }), expires_at: z.string() });

/** Whether the connection page should offer "Connect with …" for this provider. */
export function supportsOAuthConnect(providerSlug: string): boolean {
  return Object.hasOwn(OAUTH_PROVIDERS, providerSlug);
}
