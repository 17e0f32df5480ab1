import { HttpError } from '../http/errors.ts';
import type { AccountIdentity } from './identity-readers.ts';
import type { GuardedFetch } from './endpoints.ts';
import type { OAuthProviderConfig } from './oauth-providers.ts';

/**
 * Who the new token belongs to: the provider's identity call with the fresh access token
 * (Meta /me, Instagram /me, LinkedIn /v2/userinfo, TikTok /v2/user/info/, Mailchimp metadata).
 */
export async function fetchIdentity(
  fetcher: GuardedFetch,
  url: URL,
  config: OAuthProviderConfig,
  accessToken: string,
): Promise<AccountIdentity> {
  const response = await fetcher(url, {
    method: 'GET',
    headers: { authorization: `${config.identityScheme} ${accessToken}`, accept: 'application/json' },
  });
  const json: unknown = await response.json().catch(() => null);
  const identity = response.ok ? config.readIdentity(json) : null;
  if (!identity) {
    throw new HttpError('provider_failed', `The provider's identity endpoint answered HTTP ${response.status} without an account id.`);
  }
  return identity;
}
