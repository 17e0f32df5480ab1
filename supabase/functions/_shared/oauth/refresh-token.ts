import { HttpError } from '../http/errors.ts';
import { guardedFetch, oauthEndpoints } from './endpoints.ts';
import type { OAuthDeps } from './oauth-deps.ts';
import { loadOAuthConnection } from './oauth-connection.ts';
import { oauthConfigFor } from './oauth-providers.ts';
import { markRefreshRefused } from './refresh-failure.ts';
import { becomeService, readSecretsInTx } from './tx-roles.ts';
import { clientCredentials, requestToken, storedRefreshToken } from './token-request.ts';
import { isRefreshRefused, type TokenResult } from './token-response.ts';
import { renewLongLived } from './long-lived.ts';
import { saveTokens } from './token-store.ts';

/** Callers refresh a token this long before it expires, so none expires in flight. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

export type RefreshOutcome = 'fresh' | 'refreshed' | 'refused' | 'failed' | 'skipped';

export interface RefreshResult {
  connection_id: string;
  outcome: RefreshOutcome;
  /** Safe to show: never a token, a provider body or an address. */
  message: string;
}

/**
 * Refreshes a connection's access token when it expires within `marginMs`. Refreshes of
 * one connection are serialised by a transaction-scoped advisory lock (it holds across
 * isolates and through the transaction pooler), and the expiry is re-read after the lock,
 * so of two racing callers only the first calls the provider. A refusal of the refresh
 * token (invalid_grant) marks the connection `error` and notifies once; anything else
 * (timeouts, 5xx) leaves it as it is for the next run.
 */
export async function refreshAccessToken(
  deps: OAuthDeps,
  connectionId: string,
  opts: { marginMs?: number; actor?: 'service' | 'scheduler' | 'user' } = {},
): Promise<RefreshResult> {
  const result = (outcome: RefreshOutcome, message: string): RefreshResult => ({ connection_id: connectionId, outcome, message });
  const margin = opts.marginMs ?? REFRESH_MARGIN_MS;
  const answer = await deps.sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtextextended(${`hub.oauth.refresh:${connectionId}`}, 0))`;
    await becomeService(tx);
    const conn = await loadOAuthConnection(tx, connectionId);
    const config = conn ? oauthConfigFor(conn.provider.slug) : null;
    if (!conn || !config) return result('skipped', 'Not an OAuth connection.');
    if (conn.status !== 'active') return result('skipped', `The connection is ${conn.status}.`);
    const [status] = await tx`select access_token_expires_at, renewable, granted_at
                                from public.oauth_token_status where connection_id = ${connectionId}`;
    if (!status?.renewable) return result('skipped', 'The provider issued no refresh token.');
    const expiresAt = status.access_token_expires_at as Date | null;
    if (!expiresAt || expiresAt.getTime() > deps.now() + margin) return result('fresh', 'The access token is still valid.');

    try {
      const secrets = await readSecretsInTx(tx, deps.keys, connectionId, { type: opts.actor ?? 'service', purpose: 'oauth refresh' });
      const refreshToken = storedRefreshToken(secrets);
      const endpoints = oauthEndpoints(config, conn.provider, conn, deps.allowPrivate);
      const fetcher = guardedFetch(deps, config.hosts);
      const issuedAt = deps.now(); // before the call, so the lifetime is never overestimated
      let token: TokenResult;
      let refused: (t: Extract<TokenResult, { ok: false }>) => boolean = isRefreshRefused;
      if (refreshToken) {
        token = await requestToken(fetcher, endpoints.token, config, clientCredentials(secrets), { grant_type: 'refresh_token', refresh_token: refreshToken });
      } else if (endpoints.renew && config.longLived && secrets.access_token) {
        // Instagram renews a long-lived token with itself; Meta answers a dead one with 400.
        token = await renewLongLived(fetcher, endpoints.renew, config.longLived, secrets.access_token);
        refused = (t) => t.status === 400 || t.status === 401;
      } else {
        return result('skipped', 'No refresh token is stored.');
      }
      if (!token.ok) {
        if (refused(token)) {
          await markRefreshRefused(tx, conn, status.granted_at as Date);
          return result('refused', 'The provider refused the refresh token; the connection needs reconnecting.');
        }
        return result('failed', `The token endpoint answered HTTP ${token.status}${token.error ? ` (${token.error})` : ''}.`);
      }
      await saveTokens(tx, deps.keys, { connectionId, organizationId: conn.organization_id, tokens: token.tokens, now: issuedAt, kind: 'refresh' });
      const newExpiry = token.tokens.expiresIn === null ? null : new Date(issuedAt + token.tokens.expiresIn * 1000);
      await tx`update public.social_media_accounts set token_expires_at = ${newExpiry} where connection_id = ${connectionId}`;
      return result('refreshed', 'The access token was refreshed.');
    } catch (err) {
      return result('failed', failureMessage(err));
    }
  });
  return answer as RefreshResult;
}

/**
 * The cheap check a caller (e.g. the proxy) makes on secrets it already decrypted, so the
 * locked refresh runs only when needed: true when `access_token_expires_at` falls within
 * `marginMs` of now. A token without an expiry never needs refreshing.
 */
export function accessTokenExpiresWithin(secrets: Record<string, string>, marginMs: number, now: number): boolean {
  const raw = secrets.access_token_expires_at;
  if (!raw) return false;
  const expiresAt = Date.parse(raw);
  return Number.isNaN(expiresAt) || expiresAt <= now + marginMs;
}

function failureMessage(err: unknown): string {
  if (err instanceof HttpError) return err.message; // outbound errors carry safe messages
  if (err instanceof DOMException && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
    return 'The token endpoint did not answer in time.';
  }
  if (err instanceof TypeError) return 'The token endpoint could not be reached.';
  throw err;
}
