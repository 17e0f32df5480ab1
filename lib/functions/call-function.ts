import 'server-only';
import { getServerEnv } from '@/lib/env.server';
import { getDictionary, getLocale } from '@/lib/i18n/locale.server';
import { functionErrorMessage } from './function-error-message';
import { browserIp } from '@/lib/http/browser-ip.server';
import { createSupabaseServerClient } from '@/lib/supabase/server-client';
import { FORWARDED_IP_HEADER, signForwardedIp } from '@/supabase/functions/_shared/http/forwarded-ip.ts';

export class FunctionCallError extends Error {
  /** The function's error code (errors.ts), when it answered one. */
  constructor(readonly status: number, message: string, readonly code?: string) {
    super(message);
  }
}

export interface FunctionAnswer {
  status: number;
  json: unknown;
}

/**
 * POSTs to an edge function as the signed-in user (their access token), so the function
 * applies the same authorization it applies to anyone else, naming the user's browser
 * address in a signed header when HUB_FORWARDED_IP_SECRET is set (the credential audit
 * records it instead of this server's). Null when the session ended.
 */
export async function postFunctionAsUser(path: string, body: unknown): Promise<FunctionAnswer | null> {
  const supabase = await createSupabaseServerClient();
  const { data } = await supabase.auth.getSession();
  const token = data.session?.access_token;
  if (!token) return null;
  const env = getServerEnv();
  const ip = env.HUB_FORWARDED_IP_SECRET ? await browserIp() : null;
  const res = await fetch(`${env.SUPABASE_URL}/functions/v1/${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      apikey: env.SUPABASE_ANON_KEY,
      'content-type': 'application/json',
      ...(ip && env.HUB_FORWARDED_IP_SECRET && { [FORWARDED_IP_HEADER]: await signForwardedIp(env.HUB_FORWARDED_IP_SECRET, ip, token) }),
    },
    body: JSON.stringify(body),
    cache: 'no-store',
    // Above the functions' own 10 s provider timeouts, so their verdict arrives first.
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, json: await res.json().catch(() => null) };
}

/**
 * postFunctionAsUser for callers that want the JSON or a thrown FunctionCallError, whose
 * message is ready to show in the user's language (functionErrorMessage).
 */
export async function callFunctionAsUser<T>(name: string, body: unknown): Promise<T> {
  const answer = await postFunctionAsUser(name, body);
  if (!answer) throw new FunctionCallError(401, (await getDictionary()).common.sessionExpired, 'unauthorized');
  const json = answer.json as { error?: { message?: string; code?: string } } | null;
  if (answer.status >= 400) {
    const error = { message: json?.error?.message ?? `The ${name} function answered ${answer.status}.`, code: json?.error?.code };
    throw new FunctionCallError(answer.status, functionErrorMessage(error, await getLocale()), error.code);
  }
  return json as T;
}
