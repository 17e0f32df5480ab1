import 'server-only';
import { getServerEnv } from '@/lib/env.server';
import { createSupabaseServerClient } from '@/lib/supabase/server-client';

export class FunctionCallError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface FunctionAnswer {
  status: number;
  json: unknown;
}

/**
 * POSTs to an edge function as the signed-in user (their access token), so the function
 * applies the same authorization it applies to anyone else. Null when the session ended.
 */
export async function postFunctionAsUser(path: string, body: unknown): Promise<FunctionAnswer | null> {
  const supabase = await createSupabaseServerClient();
  const { data } = await supabase.auth.getSession();
  const token = data.session?.access_token;
  if (!token) return null;
  const env = getServerEnv();
  const res = await fetch(`${env.SUPABASE_URL}/functions/v1/${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      apikey: env.SUPABASE_ANON_KEY,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
    cache: 'no-store',
    // Above the functions' own 10 s provider timeouts, so their verdict arrives first.
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, json: await res.json().catch(() => null) };
}

/** postFunctionAsUser for callers that want the JSON or a thrown FunctionCallError. */
export async function callFunctionAsUser<T>(name: string, body: unknown): Promise<T> {
  const answer = await postFunctionAsUser(name, body);
  if (!answer) throw new FunctionCallError(401, 'Your session has ended; sign in again.');
  const json = answer.json as { error?: { message?: string } } | null;
  if (answer.status >= 400) throw new FunctionCallError(answer.status, json?.error?.message ?? `The ${name} function answered ${answer.status}.`);
  return json as T;
}
