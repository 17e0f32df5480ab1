import { requireSecret } from '../outbound/credentials.ts';
import { CredentialsMissing } from '../outbound/errors.ts';
import type { Secrets } from '../outbound/types.ts';
import type { GuardedFetch } from './endpoints.ts';
import { CLIENT_ID_FIELDS, CLIENT_SECRET_FIELDS, type OAuthProviderConfig } from './oauth-providers.ts';
import { readTokenResponse, type TokenResult } from './token-response.ts';

export interface ClientCredentials {
  id: string;
  secret: string;
}

function firstPresent(secrets: Secrets, fields: readonly string[]): string | undefined {
  for (const field of fields) {
    const value = secrets[field];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** The app's client id and secret from the connection's vault fields (catalogue names). */
export function clientCredentials(secrets: Secrets): ClientCredentials {
  const id = firstPresent(secrets, CLIENT_ID_FIELDS);
  if (!id) throw new CredentialsMissing('client_id');
  const secret = firstPresent(secrets, CLIENT_SECRET_FIELDS);
  if (!secret) throw new CredentialsMissing('client_secret');
  return { id, secret };
}

export type Grant =
  | { grant_type: 'authorization_code'; code: string; redirect_uri: string; code_verifier: string }
  | { grant_type: 'refresh_token'; refresh_token: string };

/**
 * POSTs a grant to the token endpoint with the client authenticated in the form body
 * (client_secret_post), which Meta, Instagram, LinkedIn, TikTok and Mailchimp all take.
 * Network failures and timeouts throw; provider answers come back as a TokenResult.
 */
export async function requestToken(
  fetcher: GuardedFetch,
  url: URL,
  config: OAuthProviderConfig,
  client: ClientCredentials,
  grant: Grant,
): Promise<TokenResult> {
  const form = new URLSearchParams({ ...grant, [config.clientIdParam]: client.id, client_secret: client.secret });
  const response = await fetcher(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form.toString(),
  });
  return readTokenResponse(response);
}

/** The stored refresh token, or null when the provider never issued one. */
export function storedRefreshToken(secrets: Secrets): string | null {
  try {
    return requireSecret(secrets, 'refresh_token');
  } catch {
    return null;
  }
}
