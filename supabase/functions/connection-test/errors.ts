import { z } from 'zod';
import { errorResponse, HttpError, toErrorResponse, type ErrorCode } from '../_shared/http/errors.ts';

/** An error (400 unless said) naming the input field at fault, so the wizard can show it beside that field. */
export class FieldError extends HttpError {
  constructor(readonly field: string, message: string, code: ErrorCode = 'bad_request') {
    super(code, message);
  }
}

// Postgres codes the writes can raise, as the API's taxonomy. The unique key is
// (organization_id, name), so 23505 is always a taken name.
const PG_ERRORS: Record<string, () => HttpError> = {
  '23505': () => new FieldError('name', 'A connection with this name already exists in the organization.', 'conflict'),
  '42501': () => new HttpError('forbidden', 'Only admins of the organization can manage its connections.'),
  P0002: () => new HttpError('not_found', 'No such connection.'),
  '22023': () => new HttpError('bad_request', 'A credential value was refused by the vault.'),
  '23514': () => new HttpError('bad_request', 'A value was refused by the database checks.'),
};

/** Logs what went wrong without the statement's parameters (they hold secrets and the key). */
function report(err: unknown): void {
  const { name, message, code } = err as { name?: string; message?: string; code?: string };
  console.error('[connection-test] unexpected failure', { name, code, message });
}

/** Any failure as the API's error JSON; FieldError adds `field` beside code and message. */
export function errorAsResponse(err: unknown): Response {
  if (err instanceof z.ZodError) {
    const issue = err.issues[0];
    const field = issue?.path.map(String).join('.') || 'body';
    return Response.json({ error: { code: 'bad_request', message: `Invalid ${field}: ${issue?.message}`, field } }, { status: 400 });
  }
  const pgCode = (err as { code?: unknown } | null)?.code;
  const mapped = typeof pgCode === 'string' && !(err instanceof HttpError) ? PG_ERRORS[pgCode]?.() : undefined;
  const error = mapped ?? err;
  if (error instanceof FieldError) {
    return Response.json({ error: { code: error.code, message: error.message, field: error.field } }, { status: error.status });
  }
  if (error instanceof HttpError) return errorResponse(error.code, error.message, error.headers);
  return toErrorResponse(error, report);
}
