import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { inject } from 'vitest';

/** Node 20 has no global WebSocket; these tests never open Realtime, so it only has to exist. */
class NoRealtime {
  constructor() {
    throw new Error('Realtime is not part of this stack');
  }
}

/** The real supabase-js, pointed at the test stack's gateway, holding no session on disk. */
export function stackClient(key = inject('stack').anonKey): SupabaseClient {
  return createClient(inject('stack').apiUrl, key, {
    auth: { persistSession: false, autoRefreshToken: false },
    realtime: { transport: NoRealtime as never },
  });
}

const signedIn = new Map<string, Promise<string>>();

/**
 * A signed-in user's access token (tenants' users share the test password), signed in once
 * per test file: a token lives an hour, far longer than a file runs.
 */
export function accessTokenOf(email: string, password = 'test-password-1'): Promise<string> {
  const key = `${email}\n${password}`;
  let token = signedIn.get(key);
  if (!token) {
    token = stackClient().auth.signInWithPassword({ email, password }).then(({ data, error }) => {
      if (error) throw error;
      return data.session!.access_token;
    });
    signedIn.set(key, token);
    token.catch(() => signedIn.delete(key));
  }
  return token;
}
