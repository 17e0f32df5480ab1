import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { makeCallerIdentifier } from '../../../supabase/functions/_shared/auth/caller.ts';

const SECRET = 'a-test-jwt-secret-that-is-at-least-32-chars';
const sign = (claims: Record<string, unknown>, secret = SECRET) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(new TextEncoder().encode(secret));
const identify = makeCallerIdentifier({ jwtSecret: SECRET, schedulerSecret: 'the-scheduler-secret-value' });
const req = (headers: Record<string, string>) => new Request('http://x/health-monitor', { method: 'POST', headers });

describe('caller identification', () => {
  it('knows the scheduler by its secret, and only the exact secret', async () => {
    expect(await identify(req({ 'x-scheduler-secret': 'the-scheduler-secret-value' }))).toEqual({ kind: 'scheduler' });
    expect(await identify(req({ 'x-scheduler-secret': 'the-scheduler-secret-valuE' }))).toBeNull();
  });

  it('knows the service role and signed-in users by verified JWTs', async () => {
    expect(await identify(req({ authorization: `Bearer ${await sign({ role: 'service_role' })}` }))).toEqual({ kind: 'service' });
    const user = await identify(req({ authorization: `Bearer ${await sign({ role: 'authenticated', sub: 'u-1' })}` }));
    expect(user).toMatchObject({ kind: 'user', userId: 'u-1' });
  });

  it('refuses forged, anon and missing tokens', async () => {
    expect(await identify(req({ authorization: `Bearer ${await sign({ role: 'service_role' }, 'another-secret-of-at-least-32-characters')}` }))).toBeNull();
    expect(await identify(req({ authorization: `Bearer ${await sign({ role: 'anon' })}` }))).toBeNull();
    expect(await identify(req({}))).toBeNull();
  });
});
