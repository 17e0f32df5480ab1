import type { Sql } from '../db.ts';
import type { Resolver } from '../outbound/ssrf.ts';
import type { CredentialKeys } from '../vault/keys.ts';

/** What the OAuth flows need from their host function; passed in so tests and tools can vary it. */
export interface OAuthDeps {
  sql: Sql;
  keys: CredentialKeys;
  fetch: typeof fetch;
  now: () => number;
  /** Local stack and tests only (HUB_ALLOW_PRIVATE_UPSTREAMS): http and loopback providers. */
  allowPrivate: boolean;
  resolve?: Resolver;
  /** Per provider call (token exchange, refresh, identity). */
  timeoutMs: number;
}
