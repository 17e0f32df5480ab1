import { describe, expect, it } from 'vitest';
import { cachingResolver } from '../../../supabase/functions/_shared/outbound/dns-cache.ts';

describe('cachingResolver', () => {
  it('asks DNS once per host within the TTL, again after it, and never remembers a failure', async () => {
    let now = 0;
    const asked: string[] = [];
    let fail = false;
    const resolve = cachingResolver(async (host) => {
      asked.push(host);
      if (fail) throw new Error('SERVFAIL');
      return ['93.184.216.34'];
    }, { ttlMs: 1000, now: () => now });
    expect(await Promise.all([resolve('api.stripe.com'), resolve('api.stripe.com')])).toEqual([['93.184.216.34'], ['93.184.216.34']]);
    expect(await resolve('api.paypal.com')).toEqual(['93.184.216.34']);
    expect(asked).toEqual(['api.stripe.com', 'api.paypal.com']);
    now = 1500;
    fail = true;
    await expect(resolve('api.stripe.com')).rejects.toThrow('SERVFAIL');
    fail = false;
    expect(await resolve('api.stripe.com')).toEqual(['93.184.216.34']);
    expect(asked).toEqual(['api.stripe.com', 'api.paypal.com', 'api.stripe.com', 'api.stripe.com']);
  });
});
