export interface BenchResult {
  name: string;
  rows: Array<[label: string, value: string]>;
}

export function printResult(result: BenchResult): void {
  const width = Math.max(...result.rows.map(([label]) => label.length));
  console.log(`\n${result.name}`);
  for (const [label, value] of result.rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}
