import { HttpError } from '../http/errors.ts';
import { accessTokenExpiresWithin, type RefreshResult } from '../oauth/refresh-token.ts';
import type { ConnectionContext } from './connection-context.ts';

/** A user token this close to expiry is refreshed before the call rather than sent. */
export const REFRESH_AHEAD_MS = 60_000;

export interface FreshContextDeps {
  /** The (cached) context for the admitted version. */
  cached: () => Promise<ConnectionContext>;
  /** Reads the context from the database again, bypassing the cache. */
  reload: () => Promise<ConnectionContext>;
  /** The locked, audited refresh of the OAuth flow (refreshAccessToken). */
  refresh: (marginMs: number) => Promise<RefreshResult>;
  now: () => number;
}

/**
 * The connection context with a usable OAuth user token: when the stored access token
 * expires within a minute and can be renewed (a refresh token, or Instagram's long-lived
 * token), it is refreshed first (one
 * provider call even for many callers: refreshAccessToken holds an advisory lock and
 * re-reads the expiry) and the context is read again. A refused refresh token is a 409
 * that says to reconnect; a provider that cannot refresh just now is a 502 only if the
 * old token has already expired, otherwise the old token still goes out.
 */
export async function freshContext(deps: FreshContextDeps): Promise<ConnectionContext> {
  const ctx = await deps.cached();
  if (!ctx.secrets.access_token || !accessTokenExpiresWithin(ctx.secrets, REFRESH_AHEAD_MS, deps.now())) return ctx;
  const result = await deps.refresh(REFRESH_AHEAD_MS);
  switch (result.outcome) {
    case 'refreshed':
    case 'fresh':
      return deps.reload();
    case 'refused':
      throw new HttpError('conflict', 'The provider refused the stored refresh token; reconnect the connection.');
    case 'failed':
      if (accessTokenExpiresWithin(ctx.secrets, 0, deps.now())) {
        throw new HttpError('provider_failed', `The expired access token could not be refreshed: ${result.message}`);
      }
      return ctx;
    case 'skipped':
      return ctx;
  }
}
