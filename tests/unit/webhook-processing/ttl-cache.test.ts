import { describe, expect, it } from 'vitest';
import { TtlCache } from '../../../supabase/functions/_shared/webhook-processing/ttl-cache.ts';

function setup() {
  let now = 1_000;
  let loads = 0;
  const cache = new TtlCache<string | null>({ ttlMs: 60_000, negativeTtlMs: 5_000, isNegative: (v) => v === null, maxEntries: 3, now: () => now });
  const load = (value: string | null) => () => { loads++; return Promise.resolve(value); };
  return { cache, load, tick: (ms: number) => (now += ms), loads: () => loads };
}

describe('TtlCache', () => {
  it('loads once for a burst of concurrent callers and again after the TTL', async () => {
    const { cache, load, tick, loads } = setup();
    const values = await Promise.all(Array.from({ length: 50 }, () => cache.get('a', load('A'))));
    expect(new Set(values)).toEqual(new Set(['A']));
    expect(loads()).toBe(1);
    tick(59_000);
    await cache.get('a', load('A2'));
    expect(loads()).toBe(1);
    tick(2_000);
    expect(await cache.get('a', load('A2'))).toBe('A2');
    expect(loads()).toBe(2);
  });

  it('keeps "not found" only briefly, and never keeps a failed load', async () => {
    const { cache, load, tick, loads } = setup();
    expect(await cache.get('x', load(null))).toBeNull();
    tick(4_000);
    await cache.get('x', load(null));
    expect(loads()).toBe(1);
    tick(2_000);
    expect(await cache.get('x', load('now exists'))).toBe('now exists');
    await expect(cache.get('y', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('y', load('Y'))).toBe('Y');
  });

  it('reloads when a fresher copy is asked for, and evicts the oldest past maxEntries', async () => {
    const { cache, load, tick, loads } = setup();
    await cache.get('a', load('A'));
    tick(6_000);
    expect(await cache.get('a', load('A-rotated'), 5_000)).toBe('A-rotated');
    expect(await cache.get('a', load('again'), 5_000)).toBe('A-rotated');
    expect(cache.age('a')).toBe(0);
    for (const k of ['b', 'c', 'd']) await cache.get(k, load(k));
    expect(cache.age('a')).toBeNull();
    expect(loads()).toBe(5);
  });
});
