export interface LogQueueOptions<T> {
  /** Writes one batch; throws to have it retried. */
  write: (batch: T[]) => Promise<void>;
  /** How long an entry may wait for companions before a flush (ms). */
  delayMs?: number;
  maxBatch?: number;
  /** Past this many waiting entries, new calls wait for room (room()): every call stays logged under overload. */
  highWater?: number;
  /** Past this many waiting entries (the database is down for long) the oldest are dropped, loudly. */
  maxBuffered?: number;
  /** Keeps a serverless worker alive until a flush finishes (EdgeRuntime.waitUntil on Supabase). */
  waitUntil?: (promise: Promise<unknown>) => void;
  report?: (message: string, err?: unknown) => void;
}

/**
 * Call logs written in the background, many per statement, so logging never delays a
 * response and the database sees one insert batch instead of one transaction per call.
 * One flush runs at a time; a failed batch goes back to the front and is retried with
 * backoff, so nothing is lost while the database is merely slow or briefly away.
 */
export class LogQueue<T> {
  readonly #opts: Required<Omit<LogQueueOptions<T>, 'waitUntil'>> & Pick<LogQueueOptions<T>, 'waitUntil'>;
  #buffer: T[] = [];
  #timer: ReturnType<typeof setTimeout> | null = null;
  #flushing: Promise<void> | null = null;
  #failures = 0;
  /** Callers waiting for the buffer to fall below highWater, first come first served. */
  readonly #waiting = new Set<() => void>();

  constructor(opts: LogQueueOptions<T>) {
    this.#opts = { delayMs: 25, maxBatch: 500, highWater: 20_000, maxBuffered: 100_000, report: console.error, ...opts };
  }

  /**
   * true at once while the buffer is below highWater; otherwise a promise of whether room
   * came within `timeoutMs` (writes keep up again), so a caller can wait rather than add an
   * entry the writer may never catch up with.
   */
  room(timeoutMs: number): true | Promise<boolean> {
    if (this.#buffer.length < this.#opts.highWater) return true;
    return new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.#waiting.delete(wake);
        resolve(ok);
      };
      const wake = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.#waiting.add(wake);
    });
  }

  push(entry: T): void {
    this.#buffer.push(entry);
    if (this.#buffer.length > this.#opts.maxBuffered) {
      const dropped = this.#buffer.splice(0, this.#buffer.length - this.#opts.maxBuffered);
      this.#opts.report(`api-proxy: dropped ${dropped.length} call logs, the log buffer is full`);
    }
    this.#schedule(this.#failures > 0 ? this.#retryDelay() : this.#opts.delayMs);
  }

  /** Resolves once everything pushed so far is written (or the queue gave up retrying for now). */
  async drain(): Promise<void> {
    while (this.#buffer.length > 0 || this.#flushing) {
      if (this.#timer) clearTimeout(this.#timer);
      this.#timer = null;
      await (this.#flushing ?? this.#flush());
      if (this.#failures > 0 && !this.#flushing) return;
    }
  }

  get pending(): number {
    return this.#buffer.length;
  }

  #schedule(delayMs: number): void {
    if (this.#timer || this.#flushing) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      const flush = this.#flush();
      this.#opts.waitUntil?.(flush);
    }, delayMs);
  }

  #flush(): Promise<void> {
    const batch = this.#buffer.splice(0, this.#opts.maxBatch);
    if (batch.length === 0) return Promise.resolve();
    // While writes succeed, a batch on its way counts as room (at worst it comes back: the
    // buffer then exceeds highWater by one batch); after a failure only a written one does.
    if (this.#failures === 0) this.#wakeWaiting();
    this.#flushing = this.#opts.write(batch).then(
      () => {
        this.#failures = 0;
        this.#wakeWaiting();
      },
      (err) => {
        this.#failures++;
        this.#buffer.unshift(...batch);
        if (this.#failures === 1 || this.#failures % 20 === 0) this.#opts.report(`api-proxy: writing ${batch.length} call logs failed (attempt ${this.#failures}); retrying`, err);
      },
    ).finally(() => {
      this.#flushing = null;
      if (this.#buffer.length > 0) this.#schedule(this.#failures > 0 ? this.#retryDelay() : 0);
    });
    return this.#flushing;
  }

  /** As many waiting callers as there is room for, oldest first. */
  #wakeWaiting(): void {
    let room = this.#opts.highWater - this.#buffer.length;
    for (const wake of this.#waiting) {
      if (room-- <= 0) break;
      wake();
    }
  }

  #retryDelay(): number {
    return Math.min(5_000, 100 * 2 ** Math.min(this.#failures, 6));
  }
}
