/** How long a verified token is remembered at most, and how many are. */
const REMEMBER_MS = 60_000;
const MAX_REMEMBERED = 10_000;

/**
 * What was verified about a bearer token, kept for a minute at most and never past the
 * token's own expiry (`expMs`, epoch ms), so the same service key or session token is not
 * checked again on every call. Bounded: cleared when full.
 */
export class RememberedTokens<T> {
  readonly #entries = new Map<string, { value: T; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  get(token: string): T | undefined {
    const hit = this.#entries.get(token);
    return hit && hit.until > this.now() ? hit.value : undefined;
  }

  set(token: string, value: T, expMs?: number): void {
    if (this.#entries.size >= MAX_REMEMBERED) this.#entries.clear();
    const until = Math.min(this.now() + REMEMBER_MS, typeof expMs === 'number' && Number.isFinite(expMs) ? expMs : Infinity);
    this.#entries.set(token, { value, until });
  }
}
