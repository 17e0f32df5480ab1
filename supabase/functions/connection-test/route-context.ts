import type { JWTPayload } from 'jose';
import type { Sql } from '../_shared/db.ts';
import type { Resolver } from '../_shared/outbound/ssrf.ts';
import type { CredentialKeys } from '../_shared/vault/keys.ts';

/** How this function reaches providers; injected so tests can pass a fake fetch or resolver. */
export interface OutboundSettings {
  fetch: typeof fetch;
  now: () => number;
  resolve: Resolver;
  /** Local stack and tests only (HUB_ALLOW_PRIVATE_UPSTREAMS): loopback fakes, plain http. */
  allowPrivate: boolean;
  timeoutMs: number;
}

/** What every route gets: the database, the verified caller, and the function's settings. */
export interface RouteContext {
  sql: Sql;
  claims: JWTPayload;
  ip: string | null;
  /** Read when a route stores a secret, so a missing key fails that route only, clearly. */
  keys: () => CredentialKeys;
  outbound: OutboundSettings;
}
