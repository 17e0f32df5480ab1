import { describe, expect, it } from 'vitest';
import { LogQueue } from '../../../supabase/functions/_shared/proxy/log-queue.ts';

const entry = (n: number) => ({ path: `/${n}` });
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('LogQueue', () => {
  it('writes in the background, many entries per batch, in order', async () => {
    const batches: string[][] = [];
    const queue = new LogQueue<{ path: string }>({ write: async (b) => void batches.push(b.map((e) => e.path)), delayMs: 5, maxBatch: 3 });
    for (let i = 1; i <= 7; i++) queue.push(entry(i));
    expect(batches).toEqual([]); // nothing written on the caller's time
    for (let i = 0; i < 100 && batches.length < 3; i++) await tick(10);
    expect(batches).toEqual([['/1', '/2', '/3'], ['/4', '/5', '/6'], ['/7']]);
  });

  it('keeps a failed batch and retries it, losing nothing', async () => {
    const written: string[] = [];
    let failures = 2;
    const reports: string[] = [];
    const queue = new LogQueue<{ path: string }>({
      write: async (b) => {
        if (failures-- > 0) throw new Error('database away');
        written.push(...b.map((e) => e.path));
      },
      delayMs: 1,
      report: (m) => reports.push(m),
    });
    queue.push(entry(1));
    queue.push(entry(2));
    await tick(20);
    queue.push(entry(3));
    for (let i = 0; i < 40 && written.length < 3; i++) await tick(50);
    expect(written).toEqual(['/1', '/2', '/3']);
    expect(reports).toHaveLength(1);
  });

  it('drain() writes everything pending now', async () => {
    const written: string[] = [];
    const queue = new LogQueue<{ path: string }>({ write: async (b) => void written.push(...b.map((e) => e.path)), delayMs: 10_000 });
    queue.push(entry(1));
    queue.push(entry(2));
    await queue.drain();
    expect([written, queue.pending]).toEqual([['/1', '/2'], 0]);
  });

  it('drops the oldest entries past its bound, and says so', async () => {
    const reports: string[] = [];
    const queue = new LogQueue<{ path: string }>({ write: async () => {}, delayMs: 10_000, maxBuffered: 2, report: (m) => reports.push(m) });
    for (let i = 1; i <= 3; i++) queue.push(entry(i));
    expect([queue.pending, reports.length]).toEqual([2, 1]);
  });

  it('has room while it keeps up; past highWater callers wait until writes catch up, or are told it did not', async () => {
    let release: () => void = () => {};
    const written: string[] = [];
    const queue = new LogQueue<{ path: string }>({
      write: async (b) => {
        await new Promise<void>((r) => (release = r)); // the database is slow until released
        written.push(...b.map((e) => e.path));
      },
      delayMs: 1, maxBatch: 2, highWater: 3,
    });
    for (let i = 1; i <= 2; i++) queue.push(entry(i));
    expect(queue.room(1000)).toBe(true);
    await tick(10); // the first batch (2 entries) is being written
    for (let i = 3; i <= 5; i++) queue.push(entry(i));
    const tooLate = queue.room(20);
    const waiting = queue.room(1000);
    expect(tooLate).not.toBe(true);
    expect(await tooLate).toBe(false);
    release(); // the slow batch lands; the next takes 2 more, leaving 1 < highWater
    expect(await waiting).toBe(true);
    for (let i = 0; i < 20 && written.length < 5; i++) {
      release();
      await tick(5);
    }
    expect(written).toEqual(['/1', '/2', '/3', '/4', '/5']);
  });

  it('lets no waiting caller in while writes fail: the buffer stays bounded', async () => {
    const queue = new LogQueue<{ path: string }>({
      write: async () => {
        throw new Error('database away');
      },
      delayMs: 1, maxBatch: 2, highWater: 4, report: () => {},
    });
    for (let i = 1; i <= 5; i++) queue.push(entry(i));
    const waiting = Array.from({ length: 50 }, () => queue.room(300));
    const answers = await Promise.all(waiting.map((w) => (w === true ? Promise.resolve(true) : w)));
    // The first batch on its way left room for one; once it failed, none.
    expect(answers.filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(queue.pending).toBe(5);
  });
});
