import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderSlug } from '../../../supabase/functions/_shared/providers/provider.schema.ts';
import { authorizeRequest } from '../../../supabase/functions/_shared/outbound/authorize.ts';
import { TokenRequestFailed } from '../../../supabase/functions/_shared/outbound/errors.ts';
import { MemoryTokenCache } from '../../../supabase/functions/_shared/outbound/token-cache.ts';
import { provider } from './catalogue.ts';
import { startFakeProvider, type FakeProvider } from '../../support/fake-provider.ts';
import { basic, SECRETS } from '../../support/provider-secrets.ts';

const S = SECRETS;

// What each provider's token request must look like when fetched ahead of an API call.
const TOKEN_CASES: { slug: ProviderSlug; tokenPath: string; apiPath: string; check: (r: FakeProvider['received'][number]) => void }[] = [
  {
    slug: 'paypal', tokenPath: '/v1/oauth2/token', apiPath: '/v2/checkout/orders/5O190127TN364715T',
    check: (r) => {
      expect(r.headers.authorization).toBe(basic(S.paypal.client_id!, S.paypal.client_secret!));
      expect(r.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(Object.fromEntries(new URLSearchParams(r.body))).toEqual({ grant_type: 'client_credentials' });
    },
  },
  {
    slug: 'fedex', tokenPath: '/oauth/token', apiPath: '/track/v1/trackingnumbers',
    check: (r) => {
      expect(r.headers.authorization).toBeUndefined();
      expect(Object.fromEntries(new URLSearchParams(r.body))).toEqual({
        grant_type: 'client_credentials', client_id: S.fedex.api_key, client_secret: S.fedex.secret_key,
      });
    },
  },
  {
    slug: 'network_international', tokenPath: '/identity/auth/access-token',
    apiPath: `/transactions/outlets/${S.network_international.outlet_reference}/orders`,
    check: (r) => {
      expect(r.headers.authorization).toBe(`Basic ${S.network_international.api_key}`);
      expect(r.headers['content-type']).toBe('application/vnd.ni-identity.v1+json');
      expect(JSON.parse(r.body)).toEqual({ grant_type: 'client_credentials' });
    },
  },
];

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function apiRequest(origin: string, path: string) {
  return { method: 'GET', url: new URL(origin + path), headers: new Headers(), body: null };
}

describe.each(TOKEN_CASES)('oauth2 client credentials: $slug', ({ slug, tokenPath, apiPath, check }) => {
  it('fetches one token for 20 concurrent callers and sends it as Bearer', async () => {
    fake = await startFakeProvider({ tokenPaths: [tokenPath], tokenDelayMs: 30, expiresIn: 3600 });
    const deps = { tokenCache: new MemoryTokenCache(), fetch, now: () => 1_000_000 };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => authorizeRequest(provider(slug), S[slug], apiRequest(fake!.origin, apiPath), deps)),
    );
    expect(fake.tokenRequests()).toHaveLength(1);
    check(fake.tokenRequests()[0]!);
    expect(new Set(results.map((r) => r.headers.get('authorization')))).toEqual(new Set(['Bearer tok-1']));
    expect(results[0]!.url.pathname).toBe(apiPath);
  });

  it('reuses the cached token until 60 s before expiry, then fetches a new one', async () => {
    fake = await startFakeProvider({ tokenPaths: [tokenPath], expiresIn: 300 });
    let now = 5_000_000;
    const deps = { tokenCache: new MemoryTokenCache(), fetch, now: () => now };
    const auth = async () =>
      (await authorizeRequest(provider(slug), S[slug], apiRequest(fake!.origin, apiPath), deps)).headers.get('authorization');
    expect(await auth()).toBe('Bearer tok-1');
    now += 239_000; // 61 s before the 300 s expiry: still fresh
    expect(await auth()).toBe('Bearer tok-1');
    now += 2_000; // 59 s before expiry: inside the margin
    expect(await auth()).toBe('Bearer tok-2');
    expect(fake.tokenRequests()).toHaveLength(2);
  });
});

describe('oauth2 client credentials: failures and keys', () => {
  it('raises TokenRequestFailed on a refused token call, caches nothing and leaks no secret', async () => {
    fake = await startFakeProvider({ tokenPaths: ['/v1/oauth2/token'], tokenStatus: 401 });
    const cache = new MemoryTokenCache();
    const deps = { tokenCache: cache, fetch, now: () => 0 };
    const err = await authorizeRequest(provider('paypal'), S.paypal, apiRequest(fake.origin, '/v2/checkout/orders'), deps)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TokenRequestFailed);
    expect((err as TokenRequestFailed).upstreamStatus).toBe(401);
    expect((err as Error).message).not.toContain(S.paypal.client_secret);
    expect(cache.size).toBe(0);
  });

  it('keeps tokens apart per connection and per credentials, with no secret in the key', async () => {
    fake = await startFakeProvider({ tokenPaths: ['/oauth/token'] });
    const cache = new MemoryTokenCache();
    const keys: string[] = [];
    const spy = { get: (k: string) => cache.get(k), set: (k: string, v: { token: string; expiresAt: number }) => (keys.push(k), cache.set(k, v)) };
    const run = (secrets: Record<string, string>, connectionId: string) =>
      authorizeRequest(provider('fedex'), secrets, apiRequest(fake!.origin, '/rate/v1/rates/quotes'),
        { tokenCache: spy, fetch, now: () => 0, connectionId });
    await run(S.fedex, 'conn-a');
    await run(S.fedex, 'conn-b');
    await run({ ...S.fedex, secret_key: 'rotated-secret' }, 'conn-a');
    await run(S.fedex, 'conn-a'); // cached
    expect(fake.tokenRequests()).toHaveLength(3);
    expect(new Set(keys).size).toBe(3);
    for (const key of keys) {
      expect(key).not.toContain(S.fedex.secret_key);
      expect(key).not.toContain(S.fedex.api_key);
    }
  });

  it('takes the token endpoint from deps.baseUrl when the base URL has a path prefix', async () => {
    fake = await startFakeProvider({ tokenPaths: ['/mock/paypal/v1/oauth2/token'] });
    const deps = { tokenCache: new MemoryTokenCache(), fetch, now: () => 0, baseUrl: `${fake.origin}/mock/paypal` };
    const out = await authorizeRequest(provider('paypal'), S.paypal, apiRequest(fake.origin, '/mock/paypal/v2/checkout/orders'), deps);
    expect(out.headers.get('authorization')).toBe('Bearer tok-1');
    expect(fake.tokenRequests()).toHaveLength(1);
  });
});
