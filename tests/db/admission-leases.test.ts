import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admitCalls, type AdmissionRequest } from '../../supabase/functions/_shared/proxy/admit.ts';
import { AdmissionBatcher } from '../../supabase/functions/_shared/proxy/admission-batcher.ts';
import { AdmissionLeases } from '../../supabase/functions/_shared/proxy/admission-leases.ts';
import { superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

// PROXY_ADMISSION=lease against the real admit_calls: permits are counted in Postgres before
// they are spent, so the limit holds exactly under concurrency, as in the default mode.
const sql = superuserSql();
let A: Tenant;
beforeAll(async () => {
  A = await createTenant(sql, 'leases');
});
afterAll(() => sql.end());

const leasesOver = (pool: ReturnType<typeof superuserSql>) => {
  const batcher = new AdmissionBatcher((connectionId, requests) => admitCalls(pool, connectionId, requests));
  return new AdmissionLeases((connectionId, request, count) => batcher.admitAll(connectionId, Array(count).fill(request)),
    { ttlMs: 1000, maxLease: 64, now: Date.now });
};

describe('leased admission (real admit_calls)', () => {
  it('500 concurrent calls against a limit of 100 from two instances: exactly 100 pass, and the database counted 100', async () => {
    await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests) values (${A.orgId}, ${A.connectionId}, 'hour', 100)`;
    const [one, two] = [superuserSql(), superuserSql()];
    const request: AdmissionRequest = { caller: { kind: 'service' }, minRole: 'viewer', cost: 1 };
    const [a, b] = [leasesOver(one), leasesOver(two)];
    const outcomes = await Promise.all(Array.from({ length: 500 }, (_, i) => (i % 2 ? a : b).admit(A.connectionId, request)));
    await Promise.all([one.end(), two.end()]);
    expect(outcomes.filter((o) => o.outcome === 'ok').length).toBe(100);
    expect(new Set(outcomes.map((o) => o.outcome))).toEqual(new Set(['ok', 'limited']));
    const [row] = await sql`select used from public.rate_limits where connection_id = ${A.connectionId} and window_unit = 'hour'`;
    expect(row!.used).toBe(100);
  });
});
