import 'server-only';
import { getServerEnv } from '@/lib/env.server';
import { createSupabaseServerClient } from '@/lib/supabase/server-client';

export type ConnectionTestRoute = '' | 'connections' | 'credentials';

export type FunctionResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; message: string; field?: string };

/**
 * Calls a route of the connection-test function as the signed-in user. Unlike
 * callFunctionAsUser it keeps the error's `field`, so a refusal that only the function can
 * make (SSRF rules for the base URL, a taken name) lands beside the right input.
 */
export async function callConnectionTest<T>(route: ConnectionTestRoute, body: unknown): Promise<FunctionResult<T>> {
  const supabase = await createSupabaseServerClient();
  const { data } = await supabase.auth.getSession();
  const token = data.session?.access_token;
  if (!token) return { ok: false, status: 401, message: 'Your session has ended; sign in again.' };
  const env = getServerEnv();
  const res = await fetch(`${env.SUPABASE_URL}/functions/v1/connection-test${route ? `/${route}` : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, apikey: env.SUPABASE_ANON_KEY, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    cache: 'no-store',
    // Above the function's own 10 s provider timeout, so its verdict arrives first.
    signal: AbortSignal.timeout(30_000),
  });
  const json = (await res.json().catch(() => null)) as { error?: { message?: string; field?: string } } | null;
  if (res.ok) return { ok: true, data: json as T };
  return {
    ok: false,
    status: res.status,
    message: json?.error?.message ?? `The connection-test function answered ${res.status}.`,
    field: json?.error?.field,
  };
}
