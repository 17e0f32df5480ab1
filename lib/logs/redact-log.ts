// Relative imports (not @/): unit tests and the benchmark load this outside Next's resolver.
import { redactBody, redactHeaders, redactUrl } from '../../supabase/functions/_shared/outbound/redact.ts';

// Entries are redacted before they are written; the detail view redacts again with the
// proxy's own rules, so an entry written by older or buggier code still shows no secret.

const MAX_BODY_BYTES = 16_384;
const PATH_BASE = 'http://log.invalid';

export function redactLogHeaders(value: unknown): Record<string, string> | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const flat = Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([name, v]) => [name, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
  return redactHeaders(flat);
}

export function redactLogBody(body: string | null): string | null {
  return body === null ? null : redactBody(body, [], MAX_BODY_BYTES);
}

/** A path with its query: secret-looking parameters are dropped, the rest kept. */
export function redactLogPath(path: string | null): string | null {
  if (path === null || !path.includes('?')) return path;
  const redacted = redactUrl(new URL(path, PATH_BASE));
  return redacted.startsWith(PATH_BASE) ? redacted.slice(PATH_BASE.length) : redacted;
}
