/**
 * GoTrue's error shape. Legacy clients get {code: <status>, error_code, msg}; a request
 * carrying `X-Supabase-Api-Version: 2024-01-01` (or later) gets {code: <error_code>, message}
 * and the version header echoed, which is what auth-js's handleError reads.
 */

export const API_VERSION_HEADER = 'X-Supabase-Api-Version';
export const API_VERSION_2024_01_01 = '2024-01-01';
const API_VERSION_2024_01_01_MS = Date.parse('2024-01-01T00:00:00Z');

export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    /** Extra top-level fields GoTrue adds for some errors (e.g. weak_password.reasons). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

export const badRequest = (code: string, msg: string) => new AuthError(400, code, msg);
export const unauthorized = (code: string, msg: string) => new AuthError(401, code, msg);
export const forbidden = (code: string, msg: string) => new AuthError(403, code, msg);
export const notFound = (code: string, msg: string) => new AuthError(404, code, msg);
export const unprocessable = (code: string, msg: string) => new AuthError(422, code, msg);

export const invalidCredentials = () => badRequest('invalid_credentials', 'Invalid login credentials');
export const unexpectedFailure = () =>
  new AuthError(500, 'unexpected_failure', 'Unexpected failure, please check server logs for more information');

/**
 * The API version the client asked for, or null for the legacy error format. Like GoTrue,
 * any well-formed date on or after 2024-01-01 selects the 2024-01-01 format.
 */
export function requestedApiVersion(req: Request): string | null {
  const raw = req.headers.get(API_VERSION_HEADER)?.trim();
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null;
  const at = Date.parse(`${raw}T00:00:00Z`);
  if (Number.isNaN(at) || at < API_VERSION_2024_01_01_MS) return null;
  return API_VERSION_2024_01_01;
}

/** Serialises an AuthError in the format the request asked for. */
export function errorResponse(err: AuthError, apiVersion: string | null): Response {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  let body: Record<string, unknown>;
  if (apiVersion) {
    headers.set(API_VERSION_HEADER, apiVersion);
    body = { code: err.errorCode, message: err.message, ...err.extra };
  } else {
    body = { code: err.status, error_code: err.errorCode, msg: err.message, ...err.extra };
  }
  return new Response(JSON.stringify(body), { status: err.status, headers });
}
