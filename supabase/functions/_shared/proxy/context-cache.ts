/**
 * Decrypted connection contexts kept in memory for at most `ttlMs` (60 s): decrypting is
 * an audited database call too slow for every proxied request. Entries are keyed by the
 * version admit_calls reports, so a changed connection or rotated secret is reloaded on the
 * next call rather than after the TTL. Concurrent misses share one load.
 */
export class ContextCache<T> {
  readonly #entries = new Map<string, { version: string; expiresAt: number; value: Promise<T> }>();

  /**
   * keepNewer: an entry of a later version (versions compare as text: timestamps) answers a
   * call that brings an older one, rather than being replaced by it — calls spending permits
   * leased before a health check touched the connection bring the version of then. Only
   * while changes are announced and forget() is called on them (a version can also go back).
   */
  constructor(private readonly opts: { ttlMs: number; maxEntries: number; now: () => number; keepNewer?: () => boolean }) {}

  /** The cached value for (id, version), or the result of `load` (which is then cached). */
  get(id: string, version: string, load: () => Promise<T>): Promise<T> {
    const now = this.opts.now();
    const hit = this.#entries.get(id);
    if (hit && (hit.version === version || (hit.version > version && this.opts.keepNewer?.())) && hit.expiresAt > now) return hit.value;
    if (hit) this.#entries.delete(id);
    if (this.#entries.size >= this.opts.maxEntries) this.#evict(now);
    const value = load();
    const entry = { version, expiresAt: now + this.opts.ttlMs, value };
    this.#entries.set(id, entry);
    // A failed load is not remembered: the next call tries again.
    value.catch(() => {
      if (this.#entries.get(id) === entry) this.#entries.delete(id);
    });
    return value;
  }

  /** Drops one entry (an announced change of that connection), or all of them. */
  forget(id?: string): void {
    if (id === undefined) this.#entries.clear();
    else this.#entries.delete(id);
  }

  /** Drops expired entries, then the oldest, so the map stays bounded. */
  #evict(now: number): void {
    for (const [id, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(id);
    const oldest = this.#entries.keys().next();
    if (this.#entries.size >= this.opts.maxEntries && !oldest.done) this.#entries.delete(oldest.value);
  }

  get size(): number {
    return this.#entries.size;
  }
}
