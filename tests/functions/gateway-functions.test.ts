import type http from 'node:http';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGateway } from '../../scripts/stack/gateway.ts';

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

  describe('verify_jwt = true', () => {
    let server: http.Server;
    let url: string;
    beforeAll(async () => {
      server = await startGateway({
        port: 0,
        functionsPort: Number(new URL(stack.functionsUrl).port),
        jwtSecret: stack.jwtSecret,
        apiKeys: [stack.anonKey],
        functions: [{ name: 'status', verifyJwt: true }],
        auth: async () => new Response(null, { status: 404 }),
      });
      const address = server.address() as { port: number };
      url = `http://127.0.0.1:${address.port}/functions/v1/status`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('refuses a missing or forged JWT before the function runs, admits a valid one', async () => {
      const missing = await fetch(url);
      expect([missing.status, await missing.json()]).toEqual([401, { code: 401, message: 'Missing authorization header' }]);
      const forged = await new SignJWT({ role: 'service_role' }).setProtectedHeader({ alg: 'HS256' })
        .sign(new TextEncoder().encode('not-the-secret-but-long-enough-to-sign-with'));
      const bad = await fetch(url, { headers: { authorization: `Bearer ${forged}` } });
      expect(bad.status).toBe(401);
      const ok = await fetch(url, { headers: { authorization: `Bearer ${stack.anonKey}` } });
      expect(ok.status).toBe(200);
    });
  });
});
