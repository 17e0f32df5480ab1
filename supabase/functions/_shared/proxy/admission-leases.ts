import type { Admission, AdmissionRequest } from './admit.ts';

export interface LeaseOptions {
  /** How long leased permits (and the authorization they carry) may be spent: 1 s by default. */
  ttlMs: number;
  /** The most permits one lease takes. */
  maxLease: number;
  now: () => number;
}

interface Pool {
  permits: number;
  template: Admission;
  expiresAt: number;
  /** Permits the next lease asks for: doubles when a lease runs dry before it expires, halves otherwise. */
  nextSize: number;
}

const MINUTE = 60_000;

/**
 * Opt-in admission (PROXY_ADMISSION=lease) that spends permits counted in advance: one
 * admit_calls round trip counts a small batch of calls for a (connection, caller) pair in
 * Postgres, exactly as single calls are counted, and later calls of that pair spend them
 * without a round trip until they run out or expire. Never more calls pass than the limits
 * allow: a permit is counted before it is spent and expires at the next window boundary
 * (the earliest reset_at, and the minute an API key's own limit counts in). What it gives
 * up: a revoked key, a removed member or a changed secret takes effect within `ttlMs`
 * rather than at once, and permits that expire unspent count as used (a lease takes at most
 * a tenth of what is left, so near a limit leases shrink to single calls).
 */
export class AdmissionLeases {
  readonly #pools = new Map<string, Pool>();
  /** The lease in flight per pair: its first answer, or null if it failed. */
  readonly #leasing = new Map<string, Promise<Admission | null>>();

  constructor(
    private readonly admitMany: (connectionId: string, request: AdmissionRequest, count: number) => Promise<Admission[]>,
    private readonly opts: LeaseOptions,
  ) {}

  async admit(connectionId: string, request: AdmissionRequest): Promise<Admission> {
    if (request.cost !== 1) return (await this.admitMany(connectionId, request, 1))[0]!;
    const key = poolKey(connectionId, request);
    for (;;) {
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
      const size = Math.max(1, Math.min(this.opts.maxLease, pool && pool.expiresAt > now ? pool.nextSize * 2 : pool?.nextSize ?? 1));
      const lease = this.admitMany(connectionId, request, size).then((admissions) => {
        const first = admissions[0]!;
        if (first.outcome === 'ok') this.#store(key, first, admissions.slice(1).filter((a) => a.outcome === 'ok').length, size);
        else this.#pools.delete(key);
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

  /** Adds freshly counted permits; concurrent leases of one pair add up rather than replace. */
  #store(key: string, template: Admission, permits: number, size: number): void {
    const now = this.opts.now();
    const expiresAt = Math.min(now + this.opts.ttlMs, nextMinute(now), ...(template.limits ?? []).map((l) => Date.parse(l.reset_at)));
    const remaining = Math.min(...(template.limits ?? []).map((l) => l.remaining));
    // Near a limit, lease less: at most a tenth of what is left.
    const nextSize = Math.max(1, Math.min(size, Number.isFinite(remaining) ? Math.floor(remaining / 10) : size));
    const pool = this.#pools.get(key);
    if (pool && pool.expiresAt > now) {
      pool.permits += permits;
      pool.expiresAt = Math.min(pool.expiresAt, expiresAt);
      pool.nextSize = nextSize;
      return;
    }
    this.#pools.set(key, { permits, template, expiresAt, nextSize: pool && pool.permits > 0 ? Math.max(1, Math.floor(nextSize / 2)) : nextSize });
  }
}

function poolKey(connectionId: string, { caller, minRole }: AdmissionRequest): string {
  const who = caller.kind === 'api_key' ? `k:${caller.keyHash}` : caller.kind === 'user' ? `u:${caller.userId}` : 's';
  return `${connectionId}|${who}|${minRole}`;
}

function nextMinute(now: number): number {
  return Math.floor(now / MINUTE) * MINUTE + MINUTE;
}
