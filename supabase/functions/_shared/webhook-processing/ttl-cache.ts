// A small per-instance cache for webhook endpoints and their decrypted secret. Decrypting
// is slow-ish and audited, so a busy endpoint should cost one lookup a minute, not one per
// delivery. The pending promise is cached, so a burst of first deliveries loads once.

interface Entry<T> {
  value: Promise<T>;
  loadedAt: number;
  expiresAt: number;
}

export interface TtlCacheOptions<T> {
  ttlMs: number;
  /** Shorter life for "not found" answers, so a newly created endpoint works soon. */
  negativeTtlMs?: number;
  isNegative?: (value: T) => boolean;
  maxEntries?: number;
  now?: () => number;
}

export class TtlCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  constructor(private readonly options: TtlCacheOptions<T>) {}

  /**
   * The cached value, or load() once for everyone asking meanwhile. `maxAgeMs` asks for a
   * value loaded at most that long ago (e.g. after a failed signature, in case the secret
   * was just rotated). A failed load is not cached.
   */
  get(key: string, load: () => Promise<T>, maxAgeMs?: number): Promise<T> {
    const now = (this.options.now ?? Date.now)();
    const hit = this.#entries.get(key);
    if (hit && hit.expiresAt > now && (maxAgeMs === undefined || now - hit.loadedAt <= maxAgeMs)) return hit.value;
    const value = load();
    const entry: Entry<T> = { value, loadedAt: now, expiresAt: now + this.options.ttlMs };
    this.#entries.delete(key);
    if (this.#entries.size >= (this.options.maxEntries ?? 10_000)) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, entry);
    value.then((v) => {
      if (this.options.isNegative?.(v) && this.options.negativeTtlMs !== undefined) {
        entry.expiresAt = Math.min(entry.expiresAt, entry.loadedAt + this.options.negativeTtlMs);
      }
    }, () => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    return value;
  }

  /** Age in ms of the cached value, or null when nothing (live) is cached. */
  age(key: string): number | null {
    const now = (this.options.now ?? Date.now)();
    const hit = this.#entries.get(key);
    return hit && hit.expiresAt > now ? now - hit.loadedAt : null;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }
}
