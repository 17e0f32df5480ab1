import type { Admission, AdmissionRequest } from './admit.ts';

interface Waiting {
  request: AdmissionRequest;
  resolve: (admission: Admission) => void;
  reject: (err: unknown) => void;
}

/**
 * Admits calls per connection with at most one database round trip in flight: a call that
 * arrives while one runs joins the next batch. Alone, a call goes at once (no added
 * latency); under load, one transaction decides many calls, because a connection's limit
 * rows can be locked only by one transaction at a time and a lock per call would cap the
 * connection at a few thousand calls a second. Exactness stays with the database.
 */
export class AdmissionBatcher {
  readonly #queues = new Map<string, Waiting[]>();
  readonly #draining = new Set<string>();

  constructor(
    private readonly run: (connectionId: string, requests: AdmissionRequest[]) => Promise<Admission[]>,
    private readonly maxBatch = 256,
  ) {}

  admit(connectionId: string, request: AdmissionRequest): Promise<Admission> {
    const decided = this.#enqueue(connectionId, request);
    this.#start(connectionId);
    return decided;
  }

  /** Several calls that travel in the same round trip (a lease of permits); decisions in order. */
  admitAll(connectionId: string, requests: readonly AdmissionRequest[]): Promise<Admission[]> {
    const decided = requests.map((request) => this.#enqueue(connectionId, request));
    this.#start(connectionId);
    return Promise.all(decided);
  }

  #enqueue(connectionId: string, request: AdmissionRequest): Promise<Admission> {
    return new Promise((resolve, reject) => {
      const queue = this.#queues.get(connectionId);
      if (queue) queue.push({ request, resolve, reject });
      else this.#queues.set(connectionId, [{ request, resolve, reject }]);
    });
  }

  /** Sends what is queued now, unless a round trip of the connection is running (its loop takes it next). */
  #start(connectionId: string): void {
    if (this.#draining.has(connectionId)) return;
    this.#draining.add(connectionId);
    void this.#drain(connectionId, this.#queues.get(connectionId)!);
  }

  async #drain(connectionId: string, queue: Waiting[]): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, this.maxBatch);
      try {
        const admissions = await this.run(connectionId, batch.map((w) => w.request));
        if (admissions.length !== batch.length) throw new Error(`admit_calls answered ${admissions.length} of ${batch.length} calls`);
        batch.forEach((w, i) => w.resolve(admissions[i]!));
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    this.#queues.delete(connectionId);
    this.#draining.delete(connectionId);
  }
}
