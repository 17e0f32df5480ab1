import { describe, expect, it } from 'vitest';
import type { Admission, AdmissionRequest } from '../../../supabase/functions/_shared/proxy/admit.ts';
import { AdmissionLeases } from '../../../supabase/functions/_shared/proxy/admission-leases.ts';

const request: AdmissionRequest = { caller: { kind: 'api_key', keyHash: 'h1' }, minRole: 'viewer', cost: 1 };

/** A stand-in for admit_calls: counts every call it admits against `capacity`, like the database. */
function database(capacity: number, resetAt: number) {
  const state = { counted: 0, trips: 0, revoked: false };
  const admitMany = async (_id: string, _req: AdmissionRequest, count: number): Promise<Admission[]> => {
    state.trips++;
    await new Promise((r) => setTimeout(r, 2));
    return Array.from({ length: count }, () => {
      if (state.revoked) return { outcome: 'unauthorized' } as Admission;
      if (state.counted >= capacity) return { outcome: 'limited', limits: [] } as Admission;
      state.counted++;
      return {
        outcome: 'ok', organization_id: 'o', version: 'v', allowed: true,
        limits: [{ window: 'day', limit: capacity, remaining: capacity - state.counted, reset_at: new Date(resetAt).toISOString() }],
      } as Admission;
    });
  };
  return { state, admitMany };
}

describe('AdmissionLeases', () => {
  it('never admits more than the database counted, under 500 concurrent calls against 100', async () => {
    const db = database(100, Date.now() + 3_600_000);
    const leases = new AdmissionLeases(db.admitMany, { ttlMs: 1000, maxLease: 64, now: Date.now });
    const results = await Promise.all(Array.from({ length: 500 }, () => leases.admit('c', request)));
    const ok = results.filter((r) => r.outcome === 'ok').length;
    expect(ok).toBeLessThanOrEqual(db.state.counted);
    expect(ok).toBe(100); // every counted permit was spent: callers outnumber them
    expect(db.state.trips).toBeLessThan(100); // far fewer round trips than calls
  });

  it('spends leased permits without a round trip, and a revocation takes effect when they expire', async () => {
    let now = Date.UTC(2026, 10, 25, 10, 0, 0);
    const db = database(1_000_000, now + 3_600_000);
    const leases = new AdmissionLeases(db.admitMany, { ttlMs: 1000, maxLease: 64, now: () => now });
    for (let i = 0; i < 20; i++) await leases.admit('c', request);
    const trips = db.state.trips;
    expect(trips).toBeLessThan(10); // leases grew: 1, 2, 4, 8, …
    db.state.revoked = true;
    expect((await leases.admit('c', request)).outcome).toBe('ok'); // still within the lease
    now += 1001;
    expect((await leases.admit('c', request)).outcome).toBe('unauthorized');
  });

  it('lets no permit outlive its window: a lease taken just before the minute turns expires with it', async () => {
    let now = Date.UTC(2026, 10, 25, 10, 0, 59, 900);
    const db = database(1_000_000, Date.UTC(2026, 10, 26));
    const leases = new AdmissionLeases(db.admitMany, { ttlMs: 1000, maxLease: 64, now: () => now });
    for (let i = 0; i < 8; i++) await leases.admit('c', request); // leases of 1, 2, 4 … some permits left
    const trips = db.state.trips;
    now = Date.UTC(2026, 10, 25, 10, 1, 0, 1); // 101 ms later, in the next minute
    await leases.admit('c', request);
    expect(db.state.trips).toBe(trips + 1); // the left-over permits were not spent across the boundary
  });

  it('keeps callers apart and passes calls of another cost straight through', async () => {
    const db = database(1_000_000, Date.now() + 3_600_000);
    const leases = new AdmissionLeases(db.admitMany, { ttlMs: 1000, maxLease: 64, now: Date.now });
    await leases.admit('c', request);
    const trips = db.state.trips;
    await leases.admit('c', { ...request, caller: { kind: 'api_key', keyHash: 'h2' } });
    await leases.admit('c', { ...request, cost: 3 });
    expect(db.state.trips).toBe(trips + 2);
  });
});
