import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderSlug } from '../../supabase/functions/_shared/providers/provider.schema.ts';
import { superuserSql } from '../support/db.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.ts';
import { proxiedConnection, proxyCall } from '../support/proxy-calls.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const sql = superuserSql();
const routes: NonNullable<Parameters<typeof startFakeProvider>[0]>['routes'] = {};
let fake: FakeProvider;
let A: Tenant;
const conn = new Map<ProviderSlug, string>();

const connect = (slug: ProviderSlug, origin = fake.origin) => proxiedConnection(sql, A, slug, origin);

const proxy = proxyCall;

beforeAll(async () => {
  fake = await startFakeProvider({ routes });
  A = await createTenant(sql, 'proxy-failures');
  conn.set('stripe', await connect('stripe'));
});
afterAll(async () => {
  await fake.close();
  await sql.end();
});

describe('api-proxy: provider failures', () => {
  it('passes a provider 429 on with its Retry-After, and then holds calls back itself', async () => {
    const id = await connect('sendgrid');
    routes['/p/sendgrid/v3/mail/send'] = { status: 429, headers: { 'retry-after': '20' } };
    const first = await proxy(id, '/v3/mail/send', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect([first.status, first.headers.get('retry-after')]).toEqual([429, '20']);
    const count = fake.received.length;
    const held = await proxy(id, '/v3/user/profile');
    expect(held.status).toBe(429);
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(15);
    expect((await held.json()).error.code).toBe('rate_limited');
    expect(fake.received.length).toBe(count);
    delete routes['/p/sendgrid/v3/mail/send'];
  });

  it('an unreachable provider is 502 JSON; a hang is 504 JSON within the caller\'s budget', async () => {
    const closed = await startFakeProvider();
    const gone = await connect('stripe', closed.origin);
    await closed.close();
    const bad = await proxy(gone, '/v1/balance');
    expect([bad.status, (await bad.json()).error.code]).toEqual([502, 'provider_failed']);

    routes['/p/stripe/v1/hang'] = { status: 200, hang: true };
    const started = Date.now();
    const slow = await proxy(conn.get('stripe')!, '/v1/hang', { headers: { 'x-hub-timeout-ms': '1500' } });
    expect([slow.status, (await slow.json()).error]).toEqual([504, { code: 'provider_timeout', message: expect.stringMatching(/did not answer/) }]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
  });

  it('the default timeout is 30 s', async () => {
    const started = Date.now();
    const slow = await proxy(conn.get('stripe')!, '/v1/hang');
    expect([slow.status, (await slow.json()).error.code]).toEqual([504, 'provider_timeout']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(29_900);
  }, 45_000);
});
