import { describe, expect, it } from 'vitest';
import { LayeredTokenCache, MemoryTokenCache, type CachedToken } from '../../../supabase/functions/_shared/outbound/token-cache.ts';

/** A shared cache that counts its reads, standing in for another instance's view of Postgres. */
class CountingCache extends MemoryTokenCache {
  reads = 0;
  override get(key: string): Promise<CachedToken | null> {
    this.reads++;
    return super.get(key);
  }
}

describe('LayeredTokenCache', () => {
  it('serves a fresh token from memory, finds another instance\'s token in the shared cache, writes both', async () => {
    let now = 1_000_000;
    const shared = new CountingCache();
    const [one, two] = [new LayeredTokenCache(shared, () => now), new LayeredTokenCache(shared, () => now)];
    await one.set('k', { token: 't1', expiresAt: now + 3_600_000 });
    expect(await shared.get('k')).toEqual({ token: 't1', expiresAt: now + 3_600_000 });
    shared.reads = 0;
    expect((await one.get('k'))?.token).toBe('t1');
    expect(shared.reads).toBe(0); // from memory
    expect((await two.get('k'))?.token).toBe('t1');
    expect(shared.reads).toBe(1); // the other instance's token, from the shared cache
    expect((await two.get('k'))?.token).toBe('t1');
    expect(shared.reads).toBe(1); // now in its memory too
    now += 3_600_000; // past expiry: memory no longer answers, the shared cache is asked again
    await one.get('k');
    expect(shared.reads).toBe(2);
  });

  it('a miss everywhere is null', async () => {
    expect(await new LayeredTokenCache(new MemoryTokenCache(), Date.now).get('none')).toBeNull();
  });
});
