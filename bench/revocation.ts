import type postgres from 'postgres';
import { send } from './proxy-support.ts';

/**
 * How soon a revoked key fails under load: `callers` workers call through the proxy with a
 * fresh key; the key is revoked (committed) mid-stream. Counts calls that started after the
 * revoking commit had returned and still passed, how long after it the first refusal came, and
 * when its announcement reached a listener here (in this busy process: an upper bound for the proxy's).
 */
export async function revocationTrials(sql: postgres.Sql, opts: { apiUrl: string; connectionId: string; organizationId: string; trials: number; callers: number }) {
  const passedAfter: number[] = [];
  const firstRefusalMs: number[] = [];
  const announcedMs: number[] = [];
  let announcedAt = Infinity;
  const listening = await sql.listen('hub_admission', (payload) => {
    if (payload === `organization:${opts.organizationId}`) announcedAt = Math.min(announcedAt, performance.now());
  });
  for (let trial = 0; trial < opts.trials; trial++) {
    const key = await sql.begin(async (tx) => {
      await tx`select set_config('role', 'service_role', true), set_config('request.jwt.claims', '{"role":"service_role"}', true)`;
      return (await tx`select public.create_api_key(${opts.organizationId}, ${`revocation ${trial}`}, ${[opts.connectionId]}::uuid[], false, null) as k`)[0]!.k as { id: string; key: string };
    });
    const url = `${opts.apiUrl}/functions/v1/api-proxy/${opts.connectionId}/v1/balance`;
    let committedAt = Infinity;
    announcedAt = Infinity;
    let stop = false;
    let [passed, refusedAt] = [0, Infinity];
    const workers = Array.from({ length: opts.callers }, async () => {
      while (!stop) {
        const started = performance.now();
        const { status } = await send(url, { authorization: `Bearer ${key.key}` });
        if (status === 200 && started > committedAt) passed++;
        if (status === 401) {
          refusedAt = Math.min(refusedAt, performance.now());
          stop = true;
        }
      }
    });
    await new Promise((r) => setTimeout(r, 300)); // leases grown and held
    await sql`update public.api_keys set revoked_at = now() where id = ${key.id}`;
    committedAt = performance.now();
    const guard = setTimeout(() => (stop = true), 5000);
    await Promise.all(workers);
    clearTimeout(guard);
    passedAfter.push(passed);
    firstRefusalMs.push(refusedAt - committedAt);
    announcedMs.push(announcedAt - committedAt);
  }
  await listening.unlisten();
  return { passedAfter, firstRefusalMs, announcedMs };
}
