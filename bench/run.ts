import os from 'node:os';
import { printResult, type BenchResult } from './report.ts';
import { dashboardBench } from './dashboard.bench.ts';
import { healthBench } from './health.bench.ts';
import { proxyExactBench } from './proxy-exact.bench.ts';
import { proxyBench } from './proxy.bench.ts';
import { startupBench } from './startup.bench.ts';
import { webhooksBench } from './webhooks.bench.ts';

/**
 * `npm run bench`: every benchmark, one after another, printed as numbers. Benchmarks
 * use their own ports; stop `npm start` first so both do not build the dashboard at once.
 */
const benches: Array<[string, () => Promise<BenchResult>]> = [
  ['startup', startupBench],
  ['health', healthBench],
  ['dashboard', dashboardBench],
  ['webhooks', webhooksBench],
  ['proxy', proxyBench],
  ['proxy-exact', proxyExactBench],
];
const only = process.argv.slice(2);

console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`);
for (const [name, run] of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  printResult(await run());
}
