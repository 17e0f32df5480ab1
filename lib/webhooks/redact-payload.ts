// Relative import (not @/): unit tests load this outside Next's resolver.
import { isSecretFieldName, REDACTED } from '../../supabase/functions/_shared/outbound/redact.ts';

// Headers were redacted by the intake; payloads are stored as the provider sent them (the
// worker needs them whole). The page redacts again for display, by key, with the proxy's
// rules, so a provider that echoes a token or password in its body does not show it.

export const MAX_PRETTY_CHARS = 64_000;

export function redactPayload(value: unknown, depth = 0): unknown {
  if (depth > 64) return REDACTED; // deeper than any real payload; not worth walking
  if (Array.isArray(value)) return value.map((item) => redactPayload(item, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) =>
        [key, isSecretFieldName(key) && item !== null ? REDACTED : redactPayload(item, depth + 1)]),
    );
  }
  return value;
}

/** Redacted, pretty-printed JSON, capped so one huge delivery cannot swell the page. */
export function prettyPayload(value: unknown): { text: string; truncated: boolean } {
  const text = JSON.stringify(redactPayload(value), null, 2) ?? 'null';
  return text.length > MAX_PRETTY_CHARS ? { text: text.slice(0, MAX_PRETTY_CHARS), truncated: true } : { text, truncated: false };
}
