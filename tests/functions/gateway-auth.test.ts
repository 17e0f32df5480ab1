import { randomUUID } from 'node:crypto';
import { isAuthApiError } from '@supabase/supabase-js';
import { jwtVerify } from 'jose';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_ADMIN } from '../../scripts/stack/demo.ts';
import { stackClient } from '../support/supabase.ts';

const stack = inject('stack');

describe('/auth/v1 through the gateway with @supabase/supabase-js', () => {
  it('signs up, signs in, refreshes and reads the user', async () => {
    const supabase = stackClient();
    const email = `gw-${randomUUID().slice(0, 8)}@test.local`;
    const signUp = await supabase.auth.signUp({ email, password: 'a-long-password-1', options: { data: { full_name: 'Test Tailor' } } });
    expect(signUp.error).toBeNull();
    expect(signUp.data.user?.email).toBe(email);

    const signIn = await supabase.auth.signInWithPassword({ email, password: 'a-long-password-1' });
    expect(signIn.error).toBeNull();
    const session = signIn.data.session!;
    const { payload } = await jwtVerify(session.access_token, new TextEncoder().encode(stack.jwtSecret));
    expect(payload).toMatchObject({ sub: signIn.data.user!.id, role: 'authenticated', aud: 'authenticated', email });

    const refreshed = await supabase.auth.refreshSession({ refresh_token: session.refresh_token });
    expect(refreshed.error).toBeNull();
    expect(refreshed.data.session!.refresh_token).not.toBe(session.refresh_token);

    const user = await supabase.auth.getUser();
    expect(user.data.user?.user_metadata).toMatchObject({ full_name: 'Test Tailor' });

    await supabase.auth.signOut();
    const after = await stackClient().auth.getUser(session.access_token);
    expect(after.error).not.toBeNull();
  });

  it('the demo admin from the seed can sign in', async () => {
    const { data, error } = await stackClient().auth.signInWithPassword(DEMO_ADMIN);
    expect(error).toBeNull();
    expect(data.user?.email).toBe(DEMO_ADMIN.email);
  });

  it('a bad password gets GoTrue\'s error shape', async () => {
    const { error } = await stackClient().auth.signInWithPassword({ email: DEMO_ADMIN.email, password: 'wrong-password' });
    expect(isAuthApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, code: 'invalid_credentials', message: 'Invalid login credentials' });

    const res = await fetch(`${stack.apiUrl}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_ADMIN.email, password: 'wrong-password' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' });
  });

  it('refuses calls without or with a forged API key, like Kong in front of GoTrue', async () => {
    const none = await fetch(`${stack.apiUrl}/auth/v1/settings`);
    expect([none.status, await none.json()]).toEqual([401, { message: 'No API key found in request' }]);
    const forged = await fetch(`${stack.apiUrl}/auth/v1/settings`, { headers: { apikey: `${stack.anonKey.slice(0, -4)}AAAA` } });
    expect(forged.status).toBe(401);
  });
});
