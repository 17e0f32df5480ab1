/**
 * The one error taxonomy at the API boundary: every failure leaves as
 * `{ "error": { "code", "message" } }` with its status. Messages are safe to show;
 * anything unexpected is hidden behind a 500.
 */
export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'gone'
  | 'payload_too_large'
  | 'provider_refused'
  | 'rate_limited'
  | 'internal'
  | 'provider_failed'
  | 'unavailable'
  | 'provider_timeout';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  provider_refused: 422,
  rate_limited: 429,
  internal: 500,
  provider_failed: 502,
  unavailable: 503,
  provider_timeout: 504,
};

export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export function errorResponse(code: ErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status: STATUS[code], headers });
}

/** Turns anything thrown into a safe response; unknown errors are reported, never echoed. */
export function toErrorResponse(err: unknown, report: (err: unknown) => void = console.error): Response {
  if (err instanceof HttpError) return errorResponse(err.code, err.message, err.headers);
  report(err);
  return errorResponse('internal', 'Something went wrong on our side.');
}
