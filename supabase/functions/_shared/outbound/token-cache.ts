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

// In-flight lookups per cache instance, so concurrent callers for one key share one
// fetch. Per isolate only: separate isolates may each fetch once, which providers allow.
const inflight = new WeakMap<TokenCache, Map<string, Promise<string>>>();

/** Runs `load` once per (cache, key) at a time; later callers join the running promise. */
export function singleFlight(cache: TokenCache, key: string, load: () => Promise<string>): Promise<string> {
  let running = inflight.get(cache);
  if (!running) inflight.set(cache, (running = new Map()));
  const existing = running.get(key);
  if (existing) return existing;
  const table = running;
  const promise = load().finally(() => table.delete(key));
  table.set(key, promise);
  return promise;
}
