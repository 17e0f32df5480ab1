import { describe, expect, it } from 'vitest';
import { buildEntries } from '../../../supabase/functions/_shared/proxy/build-entries.ts';
import type { LogEntry } from '../../../supabase/functions/_shared/proxy/log-entry.ts';

describe('buildEntries', () => {
  it('builds in slices with a pause between them, in order, skipping (and reporting) an entry that throws', async () => {
    const entry = (n: number) => ({ path: `/${n}` }) as unknown as LogEntry;
    const batch = Array.from({ length: 40 }, (_, n) => (n === 5 ? () => { throw new Error('bad'); } : () => entry(n)));
    let pauses = 0;
    const reported: unknown[] = [];
    const built = await buildEntries(batch, (err) => reported.push(err), async () => { pauses++; });
    expect(built.map((e) => e.path)).toEqual(Array.from({ length: 40 }, (_, n) => `/${n}`).filter((p) => p !== '/5'));
    expect(reported).toHaveLength(1);
    expect(pauses).toBe(2); // before entries 16 and 32
  });
});
