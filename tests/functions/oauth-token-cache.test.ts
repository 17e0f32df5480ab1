import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { authorizeRequest } from '../../supabase/functions/_shared/outbound/authorize.ts';
import { PgTokenCache } from '../../supabase/functions/_shared/outbound/pg-token-cache.ts';
import { provider } from '../unit/outbound/catalogue.ts';
import { affects, superuserSql } from '../support/db.ts';
import { startFakeProvider } from '../support/fake-provider.ts';
import { SECRETS } from '../support/provider-secrets.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

// PgTokenCache is portable code (postgres.js, Web Crypto): these tests run it in Node
// against the stack's real Postgres, as the functions would in Deno.
const stack = inject('stack');
const sql = superuserSql();
const db = postgres(stack.dbUrl, { max: 4, prepare: false, onnotice: () => {} });
const KEYS = { currentId: 'local-1', current: stack.credentialsKey, all: { 'local-1': stack.credentialsKey } };
let A: Tenant;
const keyFor = (suffix: string) => `oauth2:${A.connectionId}:https://api-m.sandbox.paypal.com/v1/oauth2/token:${suffix}`;

beforeAll(async () => {
  A = await createTenant(sql, 'oauth-cache');
});
afterAll(async () => {
  await db.end();
  await sql.end();
});

describe('PgTokenCache (client-credentials tokens in Postgres, encrypted)', () => {
  it('round-trips a token, stored encrypted under the key id and tied to its connection', async () => {
    const cache = new PgTokenCache(db, KEYS);
    const expiresAt = Date.now() + 3_600_000;
    await cache.set(keyFor('a'), { token: 'A21AAcached-paypal-token', expiresAt });
    expect(await cache.get(keyFor('a'))).toEqual({ token: 'A21AAcached-paypal-token', expiresAt: expect.closeTo(expiresAt, -1) });
    const [row] = await sql`select key_id, connection_id, position(convert_to('A21AAcached-paypal-token', 'utf8') in ciphertext) as plain
      from public.oauth_token_cache where cache_key = ${keyFor('a')}`;
    expect(row).toEqual({ key_id: 'local-1', connection_id: A.connectionId, plain: 0 });
    expect(await cache.get(keyFor('missing'))).toBeNull();
  });

  it('serves a token only until a minute before it expires', async () => {
    const cache = new PgTokenCache(db, KEYS);
    await cache.set(keyFor('soon'), { token: 'tok-soon', expiresAt: Date.now() + 30_000 });
    await cache.set(keyFor('past'), { token: 'tok-past', expiresAt: Date.now() - 1_000 });
    await cache.set(keyFor('later'), { token: 'tok-later', expiresAt: Date.now() + 120_000 });
    expect(await cache.get(keyFor('soon'))).toBeNull();
    expect(await cache.get(keyFor('past'))).toBeNull();
    expect((await cache.get(keyFor('later')))?.token).toBe('tok-later');
  });

  it('treats a row under a key it does not hold as a miss, and the next set replaces it', async () => {
    await new PgTokenCache(db, KEYS).set(keyFor('rotated'), { token: 'old-key-token', expiresAt: Date.now() + 3_600_000 });
    const otherKey = 'another-local-key-of-at-least-32-characters!';
    const other = new PgTokenCache(db, { currentId: 'local-2', current: otherKey, all: { 'local-2': otherKey } });
    expect(await other.get(keyFor('rotated'))).toBeNull();
    await other.set(keyFor('rotated'), { token: 'new-key-token', expiresAt: Date.now() + 3_600_000 });
    expect((await other.get(keyFor('rotated')))?.token).toBe('new-key-token');
  });

  it('is readable by the service role only', async () => {
    const where = `select 1 from public.oauth_token_cache where cache_key = '${keyFor('a')}'`;
    expect(await affects(sql, { kind: 'service' }, where)).toBe(true);
    expect(await affects(sql, A.admin, where).catch(() => false)).toBe(false);
    expect(await affects(sql, { kind: 'anon' }, where).catch(() => false)).toBe(false);
  });

  it('shares one token across instances: a second isolate\'s cache does not call the provider again', async () => {
    const fake = await startFakeProvider({ tokenPaths: ['/v1/oauth2/token'], expiresIn: 3600 });
    try {
      const request = () => ({ method: 'GET', url: new URL(`${fake.origin}/v2/checkout/orders/1`), headers: new Headers(), body: null });
      const deps = (cache: PgTokenCache) => ({ tokenCache: cache, fetch, now: () => Date.now(), connectionId: A.connectionId });
      const first = await authorizeRequest(provider('paypal'), SECRETS.paypal, request(), deps(new PgTokenCache(db, KEYS)));
      const second = await authorizeRequest(provider('paypal'), SECRETS.paypal, request(), deps(new PgTokenCache(db, KEYS)));
      expect([first.headers.get('authorization'), second.headers.get('authorization')]).toEqual(['Bearer tok-1', 'Bearer tok-1']);
      expect(fake.tokenRequests()).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });

  it('goes with its connection', async () => {
    const [conn] = await sql`insert into public.integration_connections (organization_id, provider_id, name)
      select ${A.orgId}, p.id, 'PayPal temp' from public.integration_providers p where p.slug = 'paypal' returning id`;
    const key = `oauth2:${conn!.id}:https://api-m.sandbox.paypal.com/v1/oauth2/token:x`;
    await new PgTokenCache(db, KEYS).set(key, { token: 'short-lived', expiresAt: Date.now() + 3_600_000 });
    await sql`delete from public.integration_connections where id = ${conn!.id}`;
    expect(await sql`select 1 from public.oauth_token_cache where cache_key = ${key}`).toHaveLength(0);
  });
});
