import { SignJWT } from 'jose';
import { describe, expect, inject, it } from 'vitest';

const stack = inject('stack');

describe('/functions/v1 through the gateway', () => {
  it('serves a function from real Deno, reaching the database', async () => {
    const res = await fetch(`${stack.apiUrl}/functions/v1/status`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok' });
    expect(body.runtime).toMatch(/^deno 2\./);
    expect(typeof body.database_ms).toBe('number');
  });

  it('answers JSON errors for unknown functions and wrong methods', async () => {
    const unknown = await fetch(`${stack.apiUrl}/functions/v1/no-such-function`);
    expect([unknown.status, (await unknown.json()).error.code]).toEqual([404, 'not_found']);
    const post = await fetch(`${stack.apiUrl}/functions/v1/status`, { method: 'POST', body: 'x' });
    expect([post.status, (await post.json()).error.code]).toEqual([405, 'method_not_allowed']);
  });

  it('verify_jwt = true (rate-limiter): a missing or forged JWT is refused before the function runs; a valid one reaches it', async () => {
    const url = `${stack.apiUrl}/functions/v1/rate-limiter`;
    const post = (headers: Record<string, string>) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
    const missing = await post({});
    expect([missing.status, await missing.json()]).toEqual([401, { code: 401, message: 'Missing authorization header' }]);
    const forged = await new SignJWT({ role: 'service_role' }).setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('not-the-secret-but-long-enough-to-sign-with'));
    const bad = await post({ authorization: `Bearer ${forged}` });
    expect([bad.status, await bad.json()]).toEqual([401, { code: 401, message: 'Invalid JWT' }]);
    // The anon key is a valid JWT: the gateway lets it through and the function answers in its own shape.
    const anon = await post({ authorization: `Bearer ${stack.anonKey}` });
    expect(anon.status).toBe(401);
    expect((await anon.json()).error.code).toBe('unauthorized');
    const service = await post({ authorization: `Bearer ${stack.serviceRoleKey}` });
    expect([service.status, (await service.json()).error.code]).toEqual([400, 'bad_request']);
  });

  it('answers preflights with CORS, adds CORS to function answers, and passes other paths to the auth gateway', async () => {
    const preflight = await fetch(`${stack.apiUrl}/functions/v1/api-proxy/x`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    const status = await fetch(`${stack.apiUrl}/functions/v1/status`);
    expect(status.headers.get('access-control-allow-origin')).toBe('*');
    const health = await fetch(`${stack.apiUrl}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const settings = await fetch(`${stack.apiUrl}/auth/v1/settings`, { headers: { apikey: stack.anonKey } });
    expect(settings.status).toBe(200);
    const unknown = await fetch(`${stack.apiUrl}/nowhere`);
    expect(unknown.status).toBe(404);
  });
});
