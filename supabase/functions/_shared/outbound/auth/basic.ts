import { basicAuthorization, optionalSecret, requireSecret } from '../credentials.ts';
import type { ProviderSlug } from '../../providers/provider.schema.ts';
import type { Secrets } from '../types.ts';
import { withHeaders, type AuthHandler } from './scheme.ts';

type BasicPair = (secrets: Secrets) => [username: string, password: string];

const BASIC_PAIRS: Partial<Record<ProviderSlug, BasicPair>> = {
  // An API key (SID + secret) replaces the account credentials when one is configured.
  twilio: (s) => optionalSecret(s, 'api_key_sid')
    ? [requireSecret(s, 'api_key_sid'), requireSecret(s, 'api_key_secret')]
    : [requireSecret(s, 'account_sid'), requireSecret(s, 'auth_token')],
  // Mailchimp ignores the username; the API key is the password.
  mailchimp: (s) => ['anystring', requireSecret(s, 'api_key')],
  dhl_express: (s) => [requireSecret(s, 'mydhl_username'), requireSecret(s, 'mydhl_password')],
};

/** `Authorization: Basic base64(username:password)` from the provider's own field names. */
export const authorizeBasic: AuthHandler = (provider, secrets, request) => {
  const pair = BASIC_PAIRS[provider.slug];
  if (!pair) throw new Error(`No basic-auth field mapping for provider ${provider.slug}`);
  const [username, password] = pair(secrets);
  return withHeaders(request, { authorization: basicAuthorization(username, password) });
};
