// Scrubbing applied before anything outbound is logged. It errs towards hiding too much:
// a log line missing a harmless value costs less than one carrying a credential.

export const REDACTED = '[redacted]';

const SECRET_NAMES = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'token', 'apikey', 'key', 'authkey', 'ivpauthkey',
  'accountpin', 'pin', 'authorization', 'signature', 'sig', 'credential', 'credentials',
  'xamzsignature', 'xamzcredential', 'xamzsecuritytoken', 'hubverifytoken', 'cookie', 'session',
]);
const SECRET_SUFFIXES = ['secret', 'secretkey', 'privatekey', 'token', 'password', 'apikey', 'authkey', 'signature', 'pin', 'sessionid'];

/** Whether a JSON key, form field or query parameter name usually holds a credential. */
export function isSecretFieldName(name: string): boolean {
  const flat = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (SECRET_NAMES.has(flat)) return true;
  // "pin" only as a whole word at the end (account_pin), never inside "shipping".
  return SECRET_SUFFIXES.some((suffix) =>
    suffix === 'pin' ? /(^|[^a-z])pin$/i.test(name) || flat === 'accountpin' : flat.endsWith(suffix));
}

// Header names: anything mentioning a key, token, secret, signature, auth, cookie or password.
const SECRET_HEADER = /key|token|secret|signature|auth|cookie|password|session|credential/i;

export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  const out: Record<string, string> = {};
  for (const [name, value] of entries) out[name.toLowerCase()] = SECRET_HEADER.test(name) ? REDACTED : value;
  return out;
}

// Shorter values are not credentials worth the noise: replacing "AE" would shred a log line.
// Short PINs are still caught by their field names.
const MIN_SECRET_LENGTH = 4;

// Query parameters that carry one-time secrets in URLs only (OAuth callbacks).
const URL_ONLY_SECRET_PARAMS = new Set(['code']);

/** Every form a secret may take inside a body: raw, JSON-escaped, percent-encoded (both styles). */
function secretVariants(secret: string): string[] {
  const variants = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
  variants.push(new URLSearchParams({ s: secret }).toString().slice(2));
  return [...new Set(variants)].filter((v) => v !== '');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The variants of a connection's secrets and the pattern matching them, worked out once per
 * secrets array (the proxy passes the cached context's own array to every call's log entry).
 */
const compiledSecrets = new WeakMap<readonly string[], { variants: string[]; pattern: RegExp | null }>();
function compileSecrets(secrets: readonly string[]): { variants: string[]; pattern: RegExp | null } {
  let hit = compiledSecrets.get(secrets);
  if (!hit) {
    const variants = secrets.filter((s) => s.length >= MIN_SECRET_LENGTH).flatMap(secretVariants).sort((a, b) => b.length - a.length);
    hit = { variants, pattern: variants.length > 0 ? new RegExp(variants.map(escapeRegExp).join('|'), 'g') : null };
    compiledSecrets.set(secrets, hit);
  }
  return hit;
}

// "name": "value" (escapes allowed) or "name": 123/true, for JSON bodies.
const JSON_FIELD = /"((?:[^"\\]|\\.)*)"(\s*:\s*)("(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|true|false)/g;
// name=value pairs of a form body or query string.
const FORM_FIELD = /(^|[&?\s])([^=&\s]+)=([^&\s]*)/g;

/**
 * Pass the values of the connection's `secret: true` fields as `secrets`.
 * Replaces every known secret value and every secret-looking JSON/form field, then caps the
 * result at maxBytes of UTF-8 (capping last, so a secret cut in half was already removed).
 */
export function redactBody(text: string, secrets: string[], maxBytes: number): string {
  const { pattern } = compileSecrets(secrets);
  let out = text;
  if (pattern) out = out.replace(pattern, REDACTED);
  out = out.replace(JSON_FIELD, (match, name: string, sep: string) =>
    isSecretFieldName(name) ? `"${name}"${sep}"${REDACTED}"` : match);
  out = out.replace(FORM_FIELD, (match, lead: string, name: string) =>
    isSecretFieldName(safeDecode(name)) ? `${lead}${name}=${REDACTED}` : match);
  return capBytes(out, maxBytes);
}

/** Drops secret-bearing query parameters and any userinfo; keeps the rest for debugging. */
export function redactUrl(url: string | URL, secrets: string[] = []): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return REDACTED; // unparseable: nothing trustworthy to keep
  }
  if (parsed.username) parsed.username = '';
  if (parsed.password) parsed.password = '';
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    const value = parsed.searchParams.getAll(name);
    const secretValue = value.some((v) => v.length >= MIN_SECRET_LENGTH && secrets.includes(v));
    if (isSecretFieldName(name) || URL_ONLY_SECRET_PARAMS.has(name.toLowerCase()) || secretValue) parsed.searchParams.delete(name);
  }
  let href = parsed.href;
  // A secret may also sit in the path (e.g. a webhook URL token segment).
  for (const variant of compileSecrets(secrets).variants) href = href.split(variant).join(REDACTED);
  return href;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function capBytes(text: string, maxBytes: number): string {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= maxBytes) return text;
  // fatal: false drops a multi-byte character split by the cut instead of throwing.
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.slice(0, Math.max(0, maxBytes))).replace(/\uFFFD$/, '');
  return `${head}…[truncated ${bytes.length - maxBytes} bytes]`;
}
