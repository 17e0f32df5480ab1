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

// What ?oauth=error&reason=… from the callback means, in words an admin can act on.
const REASONS: Record<string, string> = {
  access_denied: 'Consent was declined at the provider. Connect again and allow access.',
  state_used: 'That sign-in link was already used. Start the connection again.',
  state_expired: 'The sign-in took longer than 10 minutes. Start the connection again.',
  token_exchange_failed: 'The provider refused the authorization. Check the app\'s client ID, secret and redirect URL.',
  client_credentials_missing: 'Enter the app\'s client ID and client secret first.',
  endpoint_refused: 'The provider URL configured for this connection is not allowed.',
  identity_failed: 'The provider did not say which account was connected. Check the app\'s permissions.',
  provider_unreachable: 'The provider could not be reached. Try again shortly.',
};

export function oauthErrorMessage(reason: string | undefined): string {
  return (reason && REASONS[reason]) || 'Connecting failed. Try again.';
}
