import { describe, expect, it } from 'vitest';
import { hashApiKey, looksLikeApiKey } from '../../../supabase/functions/_shared/api-keys/api-key.ts';
import { ContextCache } from '../../../supabase/functions/_shared/proxy/context-cache.ts';
import { ProviderCooldown } from '../../../supabase/functions/_shared/proxy/provider-cooldown.ts';

describe('ContextCache', () => {
  it('with keepNewer, an older version does not replace a newer one; forget() drops one or all', async () => {
    let loads = 0;
    const cache = new ContextCache<number>({ ttlMs: 60_000, maxEntries: 10, now: () => 0, keepNewer: () => true });
    const load = async () => ++loads;
    const [older, newer] = ['2026-12-07 10:00:00.5+00|', '2026-12-07 10:00:01+00|'];
    expect(await cache.get('c', older, load)).toBe(1);
    expect(await cache.get('c', newer, load)).toBe(2); // a newer version reloads
    expect(await cache.get('c', older, load)).toBe(2); // a call still bringing the older one does not
    cache.forget('c');
    expect(await cache.get('c', older, load)).toBe(3);
    await cache.get('d', older, load);
    cache.forget();
    expect(await cache.get('d', older, load)).toBe(5);
  });

  it('without announcements (keepNewer false), any other version reloads, older ones too', async () => {
    let loads = 0;
    const cache = new ContextCache<number>({ ttlMs: 60_000, maxEntries: 10, now: () => 0, keepNewer: () => false });
    const load = async () => ++loads;
    await cache.get('c', 'b', load);
    expect(await cache.get('c', 'a', load)).toBe(2);
  });

  it('loads once for concurrent callers, reuses within the TTL, reloads on a new version or after it', async () => {
    let now = 0;
    let loads = 0;
    const cache = new ContextCache<number>({ ttlMs: 60_000, maxEntries: 10, now: () => now });
    const load = async () => ++loads;
    expect(await Promise.all([cache.get('c', 'v1', load), cache.get('c', 'v1', load)])).toEqual([1, 1]);
    now = 59_999;
    expect(await cache.get('c', 'v1', load)).toBe(1);
    expect(await cache.get('c', 'v2', load)).toBe(2);
    now += 60_000;
    expect(await cache.get('c', 'v2', load)).toBe(3);
  });

  it('forgets failed loads and stays bounded', async () => {
    const cache = new ContextCache<number>({ ttlMs: 60_000, maxEntries: 2, now: () => 0 });
    await expect(cache.get('c', 'v', () => Promise.reject(new Error('vault down')))).rejects.toThrow();
    expect(await cache.get('c', 'v', async () => 7)).toBe(7);
    for (const id of ['a', 'b', 'd']) await cache.get(id, 'v', async () => 1);
    expect(cache.size).toBeLessThanOrEqual(2);
  });
});

describe('ProviderCooldown', () => {
  it('holds a connection back for the provider\'s Retry-After, capped', () => {
    let now = 1_000;
    const cooldown = new ProviderCooldown({ now: () => now, maxMs: 60_000 });
    cooldown.note('c', null);
    expect(cooldown.remaining('c')).toBe(0);
    cooldown.note('c', 3_000);
    expect(cooldown.remaining('c')).toBe(3_000);
    cooldown.note('c', 3_600_000);
    expect(cooldown.remaining('c')).toBe(60_000);
    now += 60_000;
    expect(cooldown.remaining('c')).toBe(0);
    expect(cooldown.remaining('other')).toBe(0);
  });
});

describe('API key hashing', () => {
  it('is hex SHA-256 of the whole key, as create_api_key stores it', async () => {
    expect(await hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(looksLikeApiKey('hub_live_abcd')).toBe(true);
    expect(looksLikeApiKey('eyJhbGciOi')).toBe(false);
  });
});

describe('data-plane callers', () => {
  it('turns away the scheduler and users whose subject is not a UUID', async () => {
    const { dataPlaneCaller } = await import('../../../supabase/functions/_shared/api-keys/caller.ts');
    expect(dataPlaneCaller({ kind: 'scheduler' })).toBeNull();
    expect(dataPlaneCaller({ kind: 'user', userId: 'not-a-uuid', claims: {} })).toBeNull();
    const user = { kind: 'user' as const, userId: '0a8e3f1c-2b4d-4e6f-8a0b-1c2d3e4f5a6b', claims: {} };
    expect(dataPlaneCaller(user)).toBe(user);
    expect(dataPlaneCaller({ kind: 'service' })).toEqual({ kind: 'service' });
  });
});

describe('makeProxyCallerIdentifier', () => {
  const SECRET = 'a-test-jwt-secret-that-is-at-least-32-chars';
  const USER = '0a8e3f1c-2b4d-4e6f-8a0b-1c2d3e4f5a6b';
  const req = (token: string) => new Request('http://x/', { headers: { authorization: `Bearer ${token}` } });

  it('knows API keys by hash, users and the service role by verified JWTs, and remembers a user no longer than the JWT lives', async () => {
    const { SignJWT } = await import('jose');
    const { makeProxyCallerIdentifier } = await import('../../../supabase/functions/_shared/api-keys/caller.ts');
    const identify = makeProxyCallerIdentifier({ jwtSecret: SECRET });
    const exp = Math.floor(Date.now() / 1000) + 2; // at least a second away, however long signing takes on a busy machine
    const token = await new SignJWT({ role: 'authenticated', sub: USER }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(exp)
      .sign(new TextEncoder().encode(SECRET));
    expect(await identify(req('hub_live_abc'))).toEqual({ kind: 'api_key', keyHash: await hashApiKey('hub_live_abc') });
    expect(await identify(req(token))).toMatchObject({ kind: 'user', userId: USER });
    await new Promise((r) => setTimeout(r, exp * 1000 + 50 - Date.now()));
    expect(await identify(req(token))).toBeNull(); // not remembered past its expiry: checked again, and refused
    expect(await identify(req('not-a-jwt'))).toBeNull();
    expect(await identify(new Request('http://x/'))).toBeNull();
  });
});
