import { HttpError } from '../_shared/http/errors.ts';
import { recordSocialAccount, markConnected } from '../_shared/oauth/connected-account.ts';
import { guardedFetch, oauthEndpoints } from '../_shared/oauth/endpoints.ts';
import { fetchIdentity } from '../_shared/oauth/identity.ts';
import { exchangeForLongLived } from '../_shared/oauth/long-lived.ts';
import { choosePage } from '../_shared/oauth/page-token.ts';
import type { OAuthDeps } from '../_shared/oauth/oauth-deps.ts';
import { loadOAuthConnection } from '../_shared/oauth/oauth-connection.ts';
import { oauthConfigFor } from '../_shared/oauth/oauth-providers.ts';
import type { ValidState } from '../_shared/oauth/state-store.ts';
import { clientCredentials, requestToken } from '../_shared/oauth/token-request.ts';
import { saveTokens } from '../_shared/oauth/token-store.ts';
import { asService, readSecretsInTx } from '../_shared/oauth/tx-roles.ts';
import { CredentialsMissing, UpstreamRefused } from '../_shared/outbound/errors.ts';

/** A failed connect: `reason` goes to the redirect, `message` (safe) onto a pending connection. */
export class ConnectFailure extends Error {
  constructor(readonly reason: string, message: string) {
    super(message);
    this.name = 'ConnectFailure';
  }
}

/**
 * The callback's work after the state checked out: exchange the code (with the PKCE
 * verifier and the app's client credentials), learn whose account it is, then store the
 * tokens, the account and the connection's new status in one transaction, attributed to
 * the admin who started the connect.
 */
export async function completeConnect(deps: OAuthDeps, claimed: ValidState, code: string): Promise<void> {
  const { conn, secrets } = await asService(deps.sql, async (tx) => ({
    conn: await loadOAuthConnection(tx, claimed.connectionId),
    secrets: await readSecretsInTx(tx, deps.keys, claimed.connectionId, { type: 'user', id: claimed.userId, purpose: 'oauth callback' }),
  }));
  const config = conn ? oauthConfigFor(conn.provider.slug) : null;
  if (!conn || !config) throw new ConnectFailure('connection_gone', 'The connection no longer exists.');
  const endpoints = oauthEndpoints(config, conn.provider, conn, deps.allowPrivate);
  const fetcher = guardedFetch(deps, config.hosts);
  const issuedAt = deps.now();
  const client = clientCredentials(secrets);
  let token = await requestToken(fetcher, endpoints.token, config, client, {
    grant_type: 'authorization_code', code, redirect_uri: claimed.redirectUri, code_verifier: claimed.verifier,
  });
  if (!token.ok) {
    throw new ConnectFailure('token_exchange_failed',
      `The provider refused the authorization code (HTTP ${token.status}${token.error ? `, ${token.error}` : ''}).`);
  }
  if (config.longLived && endpoints.longLived) {
    // A one-hour token would leave the connection broken by the afternoon: extend it now.
    token = await exchangeForLongLived(fetcher, endpoints.longLived, config.longLived, client, token.tokens);
    if (!token.ok) {
      throw new ConnectFailure('long_lived_exchange_failed',
        `The provider did not extend the one-hour token (HTTP ${token.status}${token.error ? `, ${token.error}` : ''}).`);
    }
  }
  let identity = await fetchIdentity(fetcher, endpoints.identity, config, token.tokens.accessToken);
  let pageFields: Record<string, string> = {};
  if (endpoints.pages) {
    // Facebook acts as a Page: its Page token (from the long-lived user token) does not expire.
    const choice = await choosePage(fetcher, endpoints.pages, token.tokens.accessToken, secrets.page_id);
    if (!choice.ok) throw new ConnectFailure(choice.reason, choice.message);
    token = { ok: true, tokens: { ...token.tokens, accessToken: choice.page.accessToken, expiresIn: null, refreshToken: null } };
    identity = choice.identity;
    pageFields = { page_id: choice.page.id };
  }
  // UNCONFIRMED: Mailchimp documents "<token>-<dc>" as usable where an API key is, which lets
  // the existing Basic auth of the proxy and health check use the OAuth grant unchanged.
  const extraFields = identity.dataCentre ? { api_key: `${token.tokens.accessToken}-${identity.dataCentre}` } : pageFields;
  const expiresAt = token.tokens.expiresIn === null ? null : new Date(issuedAt + token.tokens.expiresIn * 1000);

  await asService(deps.sql, async (tx) => {
    await saveTokens(tx, deps.keys, {
      connectionId: conn.id, organizationId: conn.organization_id, tokens: token.tokens, now: issuedAt,
      kind: 'grant', grantedBy: claimed.userId, extraFields, renewable: endpoints.renew !== null,
    });
    if (config.platform) {
      await recordSocialAccount(tx, { id: conn.id, organizationId: conn.organization_id }, config.platform, identity,
        token.tokens.scopes, expiresAt);
    }
    await markConnected(tx, conn.id);
  }, claimed.userId);
}

/** Any failure of completeConnect as a reason code and a message safe to store and show. */
export function describeFailure(err: unknown): { reason: string; message: string } | null {
  if (err instanceof ConnectFailure) return { reason: err.reason, message: err.message };
  if (err instanceof CredentialsMissing) return { reason: 'client_credentials_missing', message: err.message };
  if (err instanceof UpstreamRefused) return { reason: 'endpoint_refused', message: err.message };
  if (err instanceof HttpError) return { reason: 'identity_failed', message: err.message };
  if (err instanceof TypeError || (err instanceof DOMException && err.name === 'TimeoutError')) {
    return { reason: 'provider_unreachable', message: 'The provider could not be reached.' };
  }
  return null;
}
