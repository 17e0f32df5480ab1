import 'server-only';
import { postFunctionAsUser } from '@/lib/functions/call-function';
import { functionErrorMessage } from '@/lib/functions/function-error-message';
import { getDictionary, getLocale } from '@/lib/i18n/locale.server';

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
  const answer = await postFunctionAsUser(`connection-test${route ? `/${route}` : ''}`, body);
  if (!answer) return { ok: false, status: 401, message: (await getDictionary()).common.sessionExpired };
  const json = answer.json as { error?: { message?: string; field?: string; code?: string } } | null;
  if (answer.status < 400) return { ok: true, data: json as T };
  return {
    ok: false,
    status: answer.status,
    // In the user's language, the function's own words kept (functionErrorMessage).
    message: functionErrorMessage({ message: json?.error?.message ?? `The connection-test function answered ${answer.status}.`, code: json?.error?.code }, await getLocale()),
    field: json?.error?.field,
  };
}
