import 'server-only';
import { getServerEnv } from '@/lib/env.server';
import { createSupabaseServerClient } from '@/lib/supabase/server-client';

export class FunctionCallError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * Calls an edge function as the signed-in user (their access token), so the function
 * applies the same authorization it applies to anyone else. Answers the parsed JSON.
 */
export async function callFunctionAsUser<T>(name: string, body: unknown): Promise<T> {
  const supabase = await createSupabaseServerClient();
  const { data } = await supabase.auth.getSession();
  const token = data.session?.access_token;
  if (!token) throw new FunctionCallError(401, 'Your session has ended; sign in again.');
  const env = getServerEnv();
  const res = await fetch(`${env.SUPABASE_URL}/functions/v1/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, apikey: env.SUPABASE_ANON_KEY, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    cache: 'no-store',
    signal: AbortSignal.timeout(30_000),
  });
  const json = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new FunctionCallError(res.status, json?.error?.message ?? `The ${name} function answered ${res.status}.`);
  return json as T;
}
