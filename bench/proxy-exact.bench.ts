import { f, load, ok, proxyBenchStack, seedProxied, stackCpu } from './proxy-support.ts';
import type { BenchResult } from './report.ts';

const [LATENCY_CALLS, THROUGHPUT_CALLS] = [3000, 15_000];

/**
 * The proxy with PROXY_ADMISSION=exact, the comparison for the default (`proxy`): every call
 * authorized and counted by admit_calls in Postgres (batched per connection, one round trip
 * per batch), no permits held. Same upstream, caller and figures as `proxy`.
 */
export async function proxyExactBench(): Promise<BenchResult> {
  const ports = { HUB_API_PORT: '54921', HUB_DB_PORT: '54922', HUB_FUNCTIONS_PORT: '54929', HUB_DASHBOARD_PORT: '3600' };
  const { config, upstream, sql, close } = await proxyBenchStack('exact', ports, { PROXY_ADMISSION: 'exact' });
  try {
    const { proxied, key } = await seedProxied(sql, config, upstream.origin, 'bench-exact');
    const direct = ok(`${upstream.origin}/up/v1/balance`);
    const viaProxy = ok(`${config.apiUrl}/functions/v1/api-proxy/${proxied}/v1/balance`, { authorization: `Bearer ${key}` });
    for (const warm of [direct, viaProxy]) await load(warm, 10, 1000);
    const d10 = await load(direct, 10, LATENCY_CALLS);
    const p10 = await load(viaProxy, 10, LATENCY_CALLS);
    const d200 = await load(direct, 200, THROUGHPUT_CALLS);
    const before = stackCpu();
    const p200 = await load(viaProxy, 200, THROUGHPUT_CALLS);
    const used = stackCpu().map((c, i) => ((c - before[i]!) / THROUGHPUT_CALLS) * 1e6);
    const [counted] = await sql`select used from public.rate_limits where connection_id = ${proxied} and window_unit = 'day'`;
    const admitted = 1000 + LATENCY_CALLS + THROUGHPUT_CALLS;
    return {
      name: 'api proxy with PROXY_ADMISSION=exact (same upstream and API key caller as "proxy")',
      rows: [
        ['10 concurrent: direct p50 / p99', `${f(d10.p50)} / ${f(d10.p99)}`],
        ['10 concurrent: proxy p50 / p99', `${f(p10.p50)} / ${f(p10.p99)}`],
        ['10 concurrent: added p50 / p99', `${f(p10.p50 - d10.p50)} / ${f(p10.p99 - d10.p99)} (target ≤ 2 ms / ≤ 10 ms)`],
        ['200 concurrent: proxy', `${p200.perSecond.toFixed(0)} req/s, ${p200.failures} errors (target ≥ 1,500, none; ${(p200.perSecond / d200.perSecond).toFixed(2)}× direct)`],
        ['  CPU per proxied call', `client (node) ${used[0]!.toFixed(0)} µs, functions (deno) ${used[1]!.toFixed(0)} µs, postgres ${used[2]!.toFixed(0)} µs`],
        ['calls counted in Postgres / calls admitted', `${counted!.used} / ${admitted}`],
      ],
    };
  } finally {
    await close();
  }
}
