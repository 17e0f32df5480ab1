import { describe, expect, it } from 'vitest';
import type { Admission, AdmissionRequest } from '../../../supabase/functions/_shared/proxy/admit.ts';
import { AdmissionBatcher } from '../../../supabase/functions/_shared/proxy/admission-batcher.ts';

const request = (cost: number): AdmissionRequest => ({ caller: { kind: 'service' }, minRole: 'viewer', cost });

/** A stand-in for admit_calls: admits while each connection's `capacity` lasts, records each round trip. */
function database(perConnection: number) {
  const left = new Map<string, number>();
  const trips: Array<{ connectionId: string; costs: number[] }> = [];
  const run = async (connectionId: string, requests: AdmissionRequest[]): Promise<Admission[]> => {
    trips.push({ connectionId, costs: requests.map((r) => r.cost) });
    await new Promise((r) => setTimeout(r, 5));
    return requests.map((r) => {
      const capacity = left.get(connectionId) ?? perConnection;
      const ok = capacity >= r.cost;
      if (ok) left.set(connectionId, capacity - r.cost);
      return { outcome: ok ? 'ok' : 'limited' };
    });
  };
  return { trips, run };
}

describe('AdmissionBatcher', () => {
  it('sends a lone call at once, and gathers calls that arrive meanwhile into the next round trip', async () => {
    const db = database(100);
    const batcher = new AdmissionBatcher(db.run);
    const results = await Promise.all([1, 2, 3, 4].map((cost) => batcher.admit('c1', request(cost))));
    expect(results.map((r) => r.outcome)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(db.trips).toEqual([{ connectionId: 'c1', costs: [1] }, { connectionId: 'c1', costs: [2, 3, 4] }]);
  });

  it('keeps connections apart and answers each call its own decision, in order', async () => {
    const db = database(3);
    const batcher = new AdmissionBatcher(db.run, 2);
    const results = await Promise.all([
      ...[1, 1, 1, 1, 1].map((cost) => batcher.admit('a', request(cost))),
      batcher.admit('b', request(1)),
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['ok', 'ok', 'ok', 'limited', 'limited', 'ok']);
    expect(db.trips.filter((t) => t.connectionId === 'a').map((t) => t.costs)).toEqual([[1], [1, 1], [1, 1]]);
  });

  it('fails every call of a failed round trip, then carries on', async () => {
    let fail = true;
    const batcher = new AdmissionBatcher(async (_id, requests) => {
      if (fail) {
        fail = false;
        throw new Error('database away');
      }
      return requests.map(() => ({ outcome: 'ok' as const }));
    });
    await expect(batcher.admit('c', request(1))).rejects.toThrow('database away');
    expect(await batcher.admit('c', request(1))).toEqual({ outcome: 'ok' });
  });
});
