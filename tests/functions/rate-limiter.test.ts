import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
const sql = superuserSql();
let A: Tenant;
let B: Tenant;

const jwt = (user: { id: string; email: string }) =>
  new SignJWT({ sub: user.id, role: 'authenticated', aud: 'authenticated', email: user.email })
    .setProtectedHeader({ alg: 'HS256' }).setExpirationTime('10m').sign(new TextEncoder().encode(stack.jwtSecret));

async function check(body: unknown, token: string | null = stack.serviceRoleKey) {
  const res = await fetch(`${stack.apiUrl}/functions/v1/rate-limiter`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

beforeAll(async () => {
  A = await createTenant(sql, 'limiter-a');
  B = await createTenant(sql, 'limiter-b');
});
afterAll(() => sql.end());

describe('rate-limiter function', () => {
  it('answers {allowed, limits} per window and counts the cost, then refuses with Retry-After', async () => {
    await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests)
      values (${A.orgId}, ${A.connectionId}, 'hour', 10), (${A.orgId}, ${A.connectionId}, 'day', 1000)`;
    const first = await check({ connection_id: A.connectionId, cost: 4 });
    expect(first.status).toBe(200);
    expect(first.body.allowed).toBe(true);
    expect(first.body.limits).toEqual([
      { window: 'hour', limit: 10, remaining: 6, reset_at: expect.any(String) },
      { window: 'day', limit: 1000, remaining: 996, reset_at: expect.any(String) },
    ]);
    expect(Date.parse(first.body.limits[0].reset_at)).toBeGreaterThan(Date.now());
    expect(first.headers.get('x-ratelimit-remaining')).toBe('6');
    expect((await check({ connection_id: A.connectionId, cost: 6 })).body.allowed).toBe(true);
    const refused = await check({ connection_id: A.connectionId });
    expect(refused.body).toMatchObject({ allowed: false, limits: [{ window: 'hour', remaining: 0 }, { window: 'day', remaining: 990 }] });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('x-ratelimit-limit')).toBe('10');
  });

  it('members of the organization may ask; other organizations get 404; no JWT is 401', async () => {
    const [row] = await sql`insert into public.integration_connections (organization_id, provider_id, name, status)
      select ${A.orgId}, id, 'WhatsApp', 'active' from public.integration_providers where slug = 'whatsapp_business' returning id`;
    const viewer = await check({ connection_id: row!.id }, await jwt(A.viewer));
    expect(viewer.status).toBe(200);
    // No limits yet: the provider's documented default (80 messages/s) was created on first use.
    expect(viewer.body).toEqual({ allowed: true, limits: [{ window: 'second', limit: 80, remaining: 79, reset_at: expect.any(String) }] });
    expect((await check({ connection_id: row!.id }, await jwt(B.admin))).status).toBe(404);
    expect((await check({ connection_id: row!.id }, null)).status).toBe(401);
    expect((await check({ connection_id: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
  });

  it('a provider without documented limits is always allowed, with no windows', async () => {
    const [row] = await sql`insert into public.integration_connections (organization_id, provider_id, name, status)
      select ${A.orgId}, id, 'SendGrid', 'active' from public.integration_providers where slug = 'sendgrid' returning id`;
    expect((await check({ connection_id: row!.id })).body).toEqual({ allowed: true, limits: [] });
  });

  it('rejects bad input with 400 and wrong methods with 405', async () => {
    expect((await check({ connection_id: 'nope' })).status).toBe(400);
    expect((await check({ connection_id: A.connectionId, cost: 0 })).status).toBe(400);
    expect((await check({ connection_id: A.connectionId, extra: 1 })).status).toBe(400);
    expect((await check('{not json')).status).toBe(400);
    const get = await fetch(`${stack.apiUrl}/functions/v1/rate-limiter`, { headers: { authorization: `Bearer ${stack.serviceRoleKey}` } });
    expect(get.status).toBe(405);
  });
});
