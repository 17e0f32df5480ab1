import type { Admission, AdmissionRequest } from './admit.ts';

export interface LeaseOptions {
  /** How long leased permits (and the authorization they carry) may be spent at most. */
  ttlMs: number;
  /** The most permits one lease takes. */
  maxLease: number;
  now: () => number;
  /** Gives back `count` permits counted for `template`'s call and not spent (release_permits). */
  release?: (connectionId: string, template: Admission, count: number) => void;
}

/** What changed, as announced on channel hub_admission (admission-changes.ts). */
export type AdmissionChange = { connectionId: string } | { organizationId: string } | 'everything';

interface Pool {
  connectionId: string;
  permits: number;
  template: Admission;
  expiresAt: number;
  /** Permits the next lease asks for: doubles when a lease runs dry before it expires, halves otherwise. */
  nextSize: number;
  /** The most the next lease may take: a tenth of what the last answer said was left. */
  cap: number;
}

const MINUTE = 60_000;
/** Announced changes remembered to judge leases in flight; older ones count as touching everything. */
const CHANGES_KEPT = 256;

/**
 * Admission that spends permits counted in advance (PROXY_ADMISSION=lease, the default):
 * one admit_calls round trip counts a small batch of calls for a (connection, caller) pair
 * in Postgres, exactly as single calls are counted, and later calls of that pair spend
 * them without a round trip until they run out or lapse. Never more calls pass than the
 * limits allow: a permit is counted before it is spent and lapses at the end of the
 * windows it was counted in (the earliest reset_at, and the API key's own minute). Permits
 * that lapse or are dropped unspent are given back (release), so none is lost either; while
 * held, other instances cannot take them, which is why a lease takes at most a tenth of
 * what is left.
 *
 * A revoked key, a removed member, a disabled connection or new secrets stop the permits
 * they affect as soon as the change is announced (changed(), within milliseconds of its
 * commit), and a lease whose round trip was under way when a change touching it was
 * announced is not kept. Permits are only leased while announcements are heard (setLive):
 * without them every call is admitted on its own, as in exact mode. `ttlMs` bounds what a
 * lost announcement could cost.
 */
export class AdmissionLeases {
  readonly #pools = new Map<string, Pool>();
  /** The lease in flight per pair: its first answer, or null if it failed. */
  readonly #leasing = new Map<string, Promise<Admission | null>>();
  readonly #changes: Array<{ generation: number; change: AdmissionChange }> = [];
  #live = false;
  /** Moves on every announced change. */
  #generation = 0;

  constructor(
    private readonly admitMany: (connectionId: string, request: AdmissionRequest, count: number) => Promise<Admission[]>,
    private readonly opts: LeaseOptions,
  ) {}

  /** Whether changes are heard; while not, nothing is leased and what is held is dropped. */
  setLive(live: boolean): void {
    if (!live) this.changed('everything');
    this.#live = live;
  }

  get live(): boolean {
    return this.#live;
  }

  /** Drops (and gives back) the permits a change touches; leases it touches under way are not kept. */
  changed(change: AdmissionChange): void {
    this.#changes.push({ generation: ++this.#generation, change });
    if (this.#changes.length > CHANGES_KEPT) this.#changes.shift();
    for (const [key, pool] of this.#pools) {
      if (touches(change, pool.connectionId, pool.template.organization_id)) this.#drop(key, pool);
    }
  }

  /** Gives back the permits of lapsed pools nobody came back for; call it now and then. */
  sweep(): void {
    const now = this.opts.now();
    for (const [key, pool] of this.#pools) if (pool.expiresAt <= now) this.#drop(key, pool);
  }

  async admit(connectionId: string, request: AdmissionRequest): Promise<Admission> {
    if (request.cost !== 1 || !this.#live) return this.#alone(connectionId, request);
    const key = poolKey(connectionId, request);
    for (;;) {
      if (!this.#live) return this.#alone(connectionId, request);
      const now = this.opts.now();
      const pool = this.#pools.get(key);
      if (pool && pool.expiresAt > now && pool.permits > 0) {
        pool.permits--;
        return pool.template;
      }
      // One lease per pair at a time: callers arriving meanwhile wait for it, then spend from
      // it; a refusal (limited, revoked…) is their answer too, as if they had been in its batch.
      const running = this.#leasing.get(key);
      if (running) {
        const answer = await running;
        if (answer && answer.outcome !== 'ok') return answer;
        continue;
      }
      const grow = pool && pool.expiresAt > now ? pool.nextSize * 2 : pool?.nextSize ?? 1;
      const size = Math.max(1, Math.min(this.opts.maxLease, grow, pool?.cap ?? Infinity));
      const generation = this.#generation;
      const lease = this.admitMany(connectionId, request, size).then((admissions) => {
        const first = admissions[0]!;
        const more = admissions.slice(1).filter((a) => a.outcome === 'ok').length;
        if (first.outcome !== 'ok') {
          this.#drop(key, this.#pools.get(key));
          // A lease split over two round trips can be refused first and admitted after: give those back.
          const admitted = admissions.find((a) => a.outcome === 'ok');
          if (admitted) this.opts.release?.(connectionId, admitted, more);
        } else if (this.#touchedSince(generation, connectionId, first.organization_id)) {
          // Answered across a change touching it: its first call passes (decided before the
          // change was heard, as a call already admitted in exact mode), the rest go back.
          if (more > 0) this.opts.release?.(connectionId, first, more);
        } else {
          this.#store(key, connectionId, first, more, size, now);
        }
        return first;
      });
      const settled = lease.then((first) => first, () => null);
      this.#leasing.set(key, settled);
      void settled.then(() => {
        if (this.#leasing.get(key) === settled) this.#leasing.delete(key);
      });
      return await lease;
    }
  }

  async #alone(connectionId: string, request: AdmissionRequest): Promise<Admission> {
    return (await this.admitMany(connectionId, request, 1))[0]!;
  }

  #touchedSince(generation: number, connectionId: string, organizationId: string | undefined): boolean {
    if (generation === this.#generation) return false;
    if ((this.#changes[0]?.generation ?? Infinity) > generation + 1) return true; // forgotten: assume so
    return this.#changes.some((c) => c.generation > generation && touches(c.change, connectionId, organizationId));
  }

  #drop(key: string, pool: Pool | undefined): void {
    if (!pool || this.#pools.get(key) !== pool) return;
    this.#pools.delete(key);
    if (pool.permits > 0) this.opts.release?.(pool.connectionId, pool.template, pool.permits);
  }

  /**
   * Adds freshly counted permits; leases of one pair add up rather than replace, the newer
   * answer becoming the pool's. `sentAt`: this clock when the lease was sent. Lapse times
   * come from the database's clock (at), measured from sentAt, so a clock running behind the
   * database's cannot stretch a permit into the next window.
   */
  #store(key: string, connectionId: string, template: Admission, permits: number, size: number, sentAt: number): void {
    const now = this.opts.now();
    const limits = template.limits ?? [];
    const keyWindow = template.key_window;
    const dbEnd = Math.min(...limits.map((l) => Date.parse(l.reset_at)), keyWindow ? Date.parse(keyWindow.started_at) + MINUTE : Infinity);
    const windowEnd = template.at ? sentAt + (dbEnd - Date.parse(template.at)) : dbEnd;
    const expiresAt = Math.min(now + this.opts.ttlMs, windowEnd);
    const remaining = Math.min(...limits.map((l) => l.remaining), keyWindow ? keyWindow.limit - keyWindow.used : Infinity);
    // Near a limit, lease less: at most a tenth of what is left.
    const cap = Number.isFinite(remaining) ? Math.max(1, Math.floor(remaining / 10)) : Infinity;
    const pool = this.#pools.get(key);
    if (pool && pool.expiresAt > now) {
      pool.permits += permits;
      pool.template = template;
      pool.expiresAt = Math.min(pool.expiresAt, expiresAt);
      pool.nextSize = size;
      pool.cap = cap;
      return;
    }
    const leftOver = pool !== undefined && pool.permits > 0;
    this.#drop(key, pool);
    this.#pools.set(key, { connectionId, permits, template, expiresAt, cap, nextSize: leftOver ? Math.max(1, Math.floor(size / 2)) : size });
  }
}

function touches(change: AdmissionChange, connectionId: string, organizationId: string | undefined): boolean {
  return change === 'everything'
    || ('connectionId' in change && change.connectionId === connectionId)
    || ('organizationId' in change && change.organizationId === organizationId);
}

function poolKey(connectionId: string, { caller, minRole }: AdmissionRequest): string {
  const who = caller.kind === 'api_key' ? `k:${caller.keyHash}` : caller.kind === 'user' ? `u:${caller.userId}` : 's';
  return `${connectionId}|${who}|${minRole}`;
}
