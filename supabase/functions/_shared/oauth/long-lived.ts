import type { GuardedFetch } from './endpoints.ts';
import type { OAuthProviderConfig } from './oauth-providers.ts';
import type { ClientCredentials } from './token-request.ts';
import { readTokenResponse, type TokenResult, type TokenSet } from './token-response.ts';

type LongLived = NonNullable<OAuthProviderConfig['longLived']>;

async function getToken(fetcher: GuardedFetch, url: URL, params: Record<string, string>): Promise<TokenResult> {
  const target = new URL(url);
  for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value);
  return readTokenResponse(await fetcher(target, { method: 'GET', headers: { accept: 'application/json' } }));
}

/**
 * Swaps the code exchange's one-hour Meta token for a long-lived one (GET with the app's
 * secret, server side only). The grant's scopes stay; Meta issues no refresh token.
 */
export async function exchangeForLongLived(
  fetcher: GuardedFetch,
  url: URL,
  longLived: LongLived,
  client: ClientCredentials,
  shortLived: TokenSet,
): Promise<TokenResult> {
  const answer = await getToken(fetcher, url, longLived.exchangeParams(client, shortLived.accessToken));
  if (!answer.ok) return answer;
  return { ok: true, tokens: { ...shortLived, accessToken: answer.tokens.accessToken, expiresIn: answer.tokens.expiresIn, refreshToken: null } };
}

/** Instagram: a long-lived token renewed with itself for another 60 days. */
export function renewLongLived(fetcher: GuardedFetch, url: URL, longLived: LongLived, current: string): Promise<TokenResult> {
  if (!longLived.renewParams) throw new Error('this provider has no renewal of long-lived tokens');
  return getToken(fetcher, url, longLived.renewParams(current));
}
