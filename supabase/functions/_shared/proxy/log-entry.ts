import { redactBody, redactHeaders, redactUrl } from '../outbound/redact.ts';

/** One row for public.log_api_calls (the field names are its recordset's). */
export interface LogEntry {
  organization_id: string;
  connection_id: string;
  log_type: 'response' | 'error';
  method: string;
  path: string;
  status_code: number | null;
  duration_ms: number;
  request_bytes: number;
  response_bytes: number | null;
  caller_type: 'service' | 'user' | 'api_key';
  caller_id: string | null;
  ip: string | null;
  request_headers: Record<string, string> | null;
  request_body: string | null;
  response_headers: Record<string, string> | null;
  response_body: string | null;
  error_code: string | null;
  error_message: string | null;
}

/** Stored body copies are capped at this many bytes (log_api_call keeps 8,192 characters). */
export const LOG_BODY_BYTES = 4096;
/**
 * Bodies are redacted over this much, then capped at LOG_BODY_BYTES: a secret that starts
 * inside the stored part is then seen whole by the redactor, never cut in half first.
 */
export const REDACT_WINDOW_BYTES = 4 * LOG_BODY_BYTES;

const TEXTUAL = /json|text\/|xml|x-www-form-urlencoded|javascript|graphql/i;
const decoder = new TextDecoder('utf-8', { fatal: false });

/** A redacted, capped copy of a body; binary bodies are described, not stored. */
export function bodyForLog(bytes: Uint8Array | null, contentType: string | null, secrets: string[]): string | null {
  if (!bytes || bytes.byteLength === 0) return null;
  if (contentType && !TEXTUAL.test(contentType)) return `[${bytes.byteLength} bytes of ${contentType.split(';')[0]}]`;
  return redactBody(decoder.decode(bytes.subarray(0, REDACT_WINDOW_BYTES)), secrets, LOG_BODY_BYTES);
}

/** Provider path and query with secret-bearing parameters and secret values removed. */
export function pathForLog(pathAndQuery: string, secrets: string[]): string {
  const origin = 'http://proxy.invalid';
  const redacted = redactUrl(`${origin}${pathAndQuery.startsWith('/') ? '' : '/'}${pathAndQuery}`, secrets);
  return redacted.startsWith(origin) ? redacted.slice(origin.length) : redacted;
}

export function headersForLog(headers: Headers | null): Record<string, string> | null {
  return headers ? redactHeaders(headers) : null;
}

