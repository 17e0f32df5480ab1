import { describe, expect, it } from 'vitest';
import { createBatcher } from '../../../supabase/functions/_shared/webhook-processing/micro-batcher.ts';

function deferredFlush() {
  const calls: Array<{ items: number[]; finish: (results: Array<number | undefined | Error>) => void; fail: (e: Error) => void }> = [];
  const flush = (items: number[]) => new Promise<Array<number | undefined | Error>>((finish, fail) => calls.push({ items, finish, fail }));
  return { calls, flush };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createBatcher', () => {
  it('sends at once while a slot is free, and groups what arrives while all slots are busy', async () => {
    const { calls, flush } = deferredFlush();
    const call = createBatcher(flush, { maxBatch: 3, maxInFlight: 1 });
    const first = call(1);
    const rest = [2, 3, 4, 5].map(call);
    expect(calls.map((c) => c.items)).toEqual([[1]]);
    calls[0]!.finish([10]);
    expect(await first).toBe(10);
    await tick();
    expect(calls.map((c) => c.items)).toEqual([[1], [2, 3, 4]]);
    calls[1]!.finish([20, undefined, 40]);
    await tick();
    expect(calls[2]!.items).toEqual([5]);
    calls[2]!.finish([50]);
    expect(await Promise.all(rest)).toEqual([20, undefined, 40, 50]);
  });

  it('an Error result rejects only its own call; a failed flush rejects its whole batch', async () => {
    const { calls, flush } = deferredFlush();
    const call = createBatcher(flush, { maxBatch: 10, maxInFlight: 1 });
    const a = call(1);
    const [b, c] = [call(2), call(3)];
    calls[0]!.fail(new Error('db down'));
    await expect(a).rejects.toThrow('db down');
    await tick();
    calls[1]!.finish([new Error('bad payload'), 30]);
    await expect(b).rejects.toThrow('bad payload');
    expect(await c).toBe(30);
  });

  it('runs up to maxInFlight batches at once', () => {
    const { calls, flush } = deferredFlush();
    const call = createBatcher(flush, { maxBatch: 2, maxInFlight: 2 });
    for (let i = 0; i < 6; i++) void call(i);
    expect(calls.map((c) => c.items)).toEqual([[0], [1]]);
  });
});
