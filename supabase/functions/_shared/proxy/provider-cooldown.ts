/**
 * Respecting a provider's own 429: when it says Retry-After, calls on that connection are
 * answered 429 here until then instead of being sent, so the hub does not dig the hole
 * deeper (Stripe, Meta and Twilio all penalise clients that keep going). Per process, and
 * capped, since one isolate's view is only a hint.
 */
export class ProviderCooldown {
  readonly #until = new Map<string, number>();

  constructor(private readonly opts: { now: () => number; maxMs: number }) {}

  /** Records a provider 429 that carried a wait of `waitMs`. */
  note(connectionId: string, waitMs: number | null): void {
    if (waitMs === null || waitMs <= 0) return;
    const until = this.opts.now() + Math.min(waitMs, this.opts.maxMs);
    if (until > (this.#until.get(connectionId) ?? 0)) this.#until.set(connectionId, until);
  }

  /** Milliseconds the connection should still wait; 0 when it may call. */
  remaining(connectionId: string): number {
    const until = this.#until.get(connectionId);
    if (until === undefined) return 0;
    const left = until - this.opts.now();
    if (left <= 0) this.#until.delete(connectionId);
    return Math.max(0, left);
  }
}
