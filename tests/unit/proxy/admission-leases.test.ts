import { describe, expect, it } from 'vitest';
import type { Admission, AdmissionRequest } from '../../../supabase/functions/_shared/proxy/admit.ts';
import { AdmissionLeases } from '../../../supabase/functions/_shared/proxy/admission-leases.ts';

const request: AdmissionRequest = { caller: { kind: 'api_key', keyHash: 'h1' }, minRole: 'viewer', cost: 1 };

/**
 * A stand-in for admit_calls and release_permits: counts every call it admits against
 * `capacity`, like the database, and takes back what is released. `keyMinute`: the key's
 * own per-minute limit window (started_at), as admit_calls reports it.
 */
function database(capacity: number, resetAt: number, keyMinute?: { limit: number; startedAt: number }) {
  const state = { counted: 0, trips: 0, revoked: false, released: 0 };
  const admitMany = async (_id: string, _req: AdmissionRequest, count: number): Promise<Admission[]> => {
    state.trips++;
    const revoked = state.revoked; // decided on what was committed when the round trip began
    await new Promise((r) => setTimeout(r, 2));
    return Array.from({ length: count }, () => {
      if (revoked) return { outcome: 'unauthorized' } as Admission;
      if (state.counted >= capacity) return { outcome: 'limited', limits: [] } as Admission;
      state.counted++;
      return {
        outcome: 'ok', organization_id: 'o', version: 'v', allowed: true,
        limits: [{ window: 'day', limit: capacity, remaining: capacity - state.counted, reset_at: new Date(resetAt).toISOString() }],
        ...(keyMinute && { key_window: { limit: keyMinute.limit, used: state.counted, started_at: new Date(keyMinute.startedAt).toISOString() } }),
      } as Admission;
    });
  };
  const release = (_id: string, _template: Admission, count: number) => {
    state.counted -= count;
    state.released += count;
  };
  return { state, admitMany, release };
}

/** Leases over `db`, hearing admission changes (as when the proxy's listener is up). */
function heard(db: ReturnType<typeof database>, now: () => number = Date.now) {
  const leases = new AdmissionLeases(db.admitMany, { ttlMs: 1000, maxLease: 64, now, release: db.release });
  leases.setLive(true);
  return leases;
}

describe('AdmissionLeases', () => {
  it('never admits more than the database counted, under 500 concurrent calls against 100', async () => {
    const db = database(100, Date.now() + 3_600_000);
    const leases = heard(db);
    const results = await Promise.all(Array.from({ length: 500 }, () => leases.admit('c', request)));
    const ok = results.filter((r) => r.outcome === 'ok').length;
    expect(ok).toBeLessThanOrEqual(db.state.counted);
    expect(ok).toBe(100); // every counted permit was spent: callers outnumber them
    expect(db.state.trips).toBeLessThan(100); // far fewer round trips than calls
  });

  it('spends leased permits without a round trip; an announced revocation stops them at once', async () => {
    const db = database(1_000_000, Date.now() + 3_600_000);
    const leases = heard(db);
    for (let i = 0; i < 20; i++) await leases.admit('c', request);
    const trips = db.state.trips;
    expect(trips).toBeLessThan(10); // leases grew: 1, 2, 4, 8, …
    expect((await leases.admit('c', request)).outcome).toBe('ok');
    expect(db.state.trips).toBe(trips); // spent from the lease
    db.state.revoked = true;
    leases.changed({ organizationId: 'o' });
    expect((await leases.admit('c', request)).outcome).toBe('unauthorized');
  });

  it('drops only what a change touches: the connection named, or the organization\'s pairs', async () => {
    const db = database(1_000_000, Date.now() + 3_600_000);
    const leases = heard(db);
    for (const c of ['c', 'd']) for (let i = 0; i < 4; i++) await leases.admit(c, request); // leases of 1, 2, 4: 3 left each
    let trips = db.state.trips;
    leases.changed({ connectionId: 'd' });
    await leases.admit('c', request);
    expect(db.state.trips).toBe(trips);
    await leases.admit('d', request);
    expect(db.state.trips).toBe(++trips);
    leases.changed({ organizationId: 'another' });
    await leases.admit('c', request);
    expect(db.state.trips).toBe(trips);
  });

  it('keeps no lease answered across a change: its first call passes, its other permits are dropped', async () => {
    const db = database(1_000_000, Date.now() + 3_600_000);
    const leases = heard(db);
    for (let i = 0; i < 3; i++) await leases.admit('c', request); // leases of 1 and 2, all spent
    const trips = db.state.trips;
    const answered = leases.admit('c', request); // leases 4
    db.state.revoked = true;
    leases.changed({ organizationId: 'o' }); // heard while that lease's round trip is under way
    expect((await answered).outcome).toBe('ok');
    expect(db.state.trips).toBe(trips + 1);
    expect((await leases.admit('c', request)).outcome).toBe('unauthorized'); // not one of its 3 other permits
    expect(db.state.trips).toBe(trips + 2);
  });

  it('leases nothing while changes are not heard, and drops what it holds when they stop being heard', async () => {
    const db = database(1_000_000, Date.now() + 3_600_000);
    const leases = new AdmissionLeases(db.admitMany, { ttlMs: 1000, maxLease: 64, now: Date.now, release: db.release });
    for (let i = 0; i < 5; i++) await leases.admit('c', request);
    expect(db.state.trips).toBe(5); // one round trip per call, as in exact mode
    leases.setLive(true);
    for (let i = 0; i < 8; i++) await leases.admit('c', request);
    const trips = db.state.trips;
    leases.setLive(false);
    db.state.revoked = true;
    expect((await leases.admit('c', request)).outcome).toBe('unauthorized');
    expect(db.state.trips).toBe(trips + 1);
  });

  it('bounds a lost announcement: permits expire after ttlMs', async () => {
    let now = Date.UTC(2026, 10, 25, 10, 0, 0);
    const db = database(1_000_000, now + 3_600_000);
    const leases = heard(db, () => now);
    for (let i = 0; i < 20; i++) await leases.admit('c', request);
    db.state.revoked = true; // and no announcement
    expect((await leases.admit('c', request)).outcome).toBe('ok');
    now += 1001;
    expect((await leases.admit('c', request)).outcome).toBe('unauthorized');
  });

  it('lets no permit outlive its window: a lease taken just before a key\'s minute turns lapses with it, and is given back', async () => {
    let now = Date.UTC(2026, 10, 25, 10, 0, 59, 900);
    const db = database(1_000_000, Date.UTC(2026, 10, 26), { limit: 1000, startedAt: Date.UTC(2026, 10, 25, 10, 0) });
    const leases = heard(db, () => now);
    for (let i = 0; i < 8; i++) await leases.admit('c', request); // leases of 1, 2, 4, 8: 7 left
    const trips = db.state.trips;
    now = Date.UTC(2026, 10, 25, 10, 1, 0, 1); // 101 ms later, in the next minute
    await leases.admit('c', request);
    expect(db.state.trips).toBe(trips + 1); // the left-over permits were not spent across the boundary
    expect(db.state.released).toBe(7);
  });

  it('loses no permit: what lapses, is dropped on a change or comes back across one is given back', async () => {
    let now = Date.UTC(2026, 10, 25, 10, 0, 0);
    const db = database(1_000_000, Date.UTC(2026, 10, 26));
    const leases = heard(db, () => now);
    let spent = 0;
    const admit = async () => (await leases.admit('c', request)).outcome === 'ok' && spent++;
    for (let round = 0; round < 5; round++) {
      await Promise.all(Array.from({ length: 30 }, admit)); // leases of 1 … 16: one permit left
      leases.changed({ connectionId: 'c' }); // dropped
      const inFlight = Promise.all(Array.from({ length: 10 }, admit));
      leases.changed({ connectionId: 'c' }); // touches the lease under way
      await inFlight;
      await Promise.all(Array.from({ length: 5 }, admit)); // leases of 1, 2, 4: two left
      now += 1500; // they lapse
      leases.sweep();
    }
    expect(db.state.released).toBeGreaterThan(0);
    expect(db.state.counted).toBe(spent);
  });

  it('keeps callers apart and passes calls of another cost straight through', async () => {
    const db = database(1_000_000, Date.now() + 3_600_000);
    const leases = heard(db);
    await leases.admit('c', request);
    const trips = db.state.trips;
    await leases.admit('c', { ...request, caller: { kind: 'api_key', keyHash: 'h2' } });
    await leases.admit('c', { ...request, cost: 3 });
    expect(db.state.trips).toBe(trips + 2);
  });
});
