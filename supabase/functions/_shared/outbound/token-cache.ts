import { singleFlight } from '../single-flight.ts';

/** An access token and when it stops working (epoch milliseconds). */
export interface CachedToken {
  token: string;
  expiresAt: number;
}

/**
 * Where client-credentials tokens live between calls. The production implementation is
 * Postgres-backed and encrypted; keys never contain a credential (see tokenCacheKey).
 */
export interface TokenCache {
  get(key: string): Promise<CachedToken | null>;
  set(key: string, value: CachedToken): Promise<void>;
}

/** Tokens are replaced this long before expiry so none expires in flight. */
export const TOKEN_REFRESH_MARGIN_MS = 60_000;

export function isFresh(token: CachedToken | null, now: number): token is CachedToken {
  return token !== null && now < token.expiresAt - TOKEN_REFRESH_MARGIN_MS;
}

/** Process-local cache for tests and single-process tools. */
export class MemoryTokenCache implements TokenCache {
  readonly #tokens = new Map<string, CachedToken>();

  get(key: string): Promise<CachedToken | null> {
    return Promise.resolve(this.#tokens.get(key) ?? null);
  }

  set(key: string, value: CachedToken): Promise<void> {
    this.#tokens.set(key, value);
    return Promise.resolve();
  }

  get size(): number {
    return this.#tokens.size;
  }
}

/**
 * A process-local cache in front of a shared one (PgTokenCache): a hot connection's token is
 * served from memory, another instance's token is found in the shared cache, and a new token
 * is written to both. The proxy uses it so that a cached token costs no database trip.
 */
export class LayeredTokenCache implements TokenCache {
  readonly #local = new MemoryTokenCache();

  constructor(private readonly shared: TokenCache, private readonly now: () => number) {}

  async get(key: string): Promise<CachedToken | null> {
    const local = await this.#local.get(key);
    if (isFresh(local, this.now())) return local;
    const shared = await this.shared.get(key);
    if (shared) await this.#local.set(key, shared);
    return shared;
  }

  async set(key: string, value: CachedToken): Promise<void> {
    await this.#local.set(key, value);
    await this.shared.set(key, value);
  }
}

// In-flight lookups per cache instance, so concurrent callers for one key share one
// fetch. Per isolate only: separate isolates may each fetch once, which providers allow.
const flights = new WeakMap<TokenCache, (key: string, run: () => Promise<string>) => Promise<string>>();

/** Runs `load` once per (cache, key) at a time; later callers join the running promise. */
export function singleFlightToken(cache: TokenCache, key: string, load: () => Promise<string>): Promise<string> {
  let flight = flights.get(cache);
  if (!flight) flights.set(cache, (flight = singleFlight<string>()));
  return flight(key, load);
}
