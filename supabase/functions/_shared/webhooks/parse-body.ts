// Payload parsing, called only after a signature has been verified over the raw bytes.
// Decoding is strict (fatal UTF-8) so a body that is not text is refused, not mangled.

export type Parsed = { ok: true; value: unknown } | { ok: false };

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(rawBody: Uint8Array): string | null {
  try {
    return decoder.decode(rawBody);
  } catch {
    return null;
  }
}

export function parseJson(rawBody: Uint8Array): Parsed {
  const text = decode(rawBody);
  if (text === null) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** application/x-www-form-urlencoded, percent- and '+'-decoded; null if not UTF-8. */
export function parseFormParams(rawBody: Uint8Array): URLSearchParams | null {
  const text = decode(rawBody);
  return text === null ? null : new URLSearchParams(text);
}

/** Form fields as a plain object (last value wins for repeated names). */
export function parseForm(rawBody: Uint8Array): Parsed {
  const params = parseFormParams(rawBody);
  return params === null ? { ok: false } : { ok: true, value: Object.fromEntries(params) };
}

export const isForm = (headers: Headers): boolean =>
  (headers.get('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');

/** For providers that send either form or JSON (static-secret ones), chosen by Content-Type. */
export const parseByContentType = (rawBody: Uint8Array, headers: Headers): Parsed =>
  isForm(headers) ? parseForm(rawBody) : parseJson(rawBody);
