import { CredentialsExpired, CredentialsInvalid, CredentialsMissing } from './errors.ts';
import type { Secrets } from './types.ts';

/** A credential value or undefined; blank counts as absent, since forms submit "". */
export function optionalSecret(secrets: Secrets, field: string): string | undefined {
  const value = secrets[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function requireSecret(secrets: Secrets, field: string): string {
  const value = optionalSecret(secrets, field);
  if (value === undefined) throw new CredentialsMissing(field);
  return value;
}

/**
 * A credential bound for an HTTP header. Checked here because Headers.set would throw an
 * error whose text quotes the offending value, i.e. the secret.
 */
export function requireHeaderSecret(secrets: Secrets, field: string): string {
  const value = requireSecret(secrets, field);
  // deno-lint-ignore no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new CredentialsInvalid(field, 'contains control characters or line breaks');
  return value;
}

/** Base64 of UTF-8 bytes: btoa alone fails on non-Latin-1 passwords. */
export function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function basicAuthorization(username: string, password: string): string {
  return `Basic ${base64Utf8(`${username}:${password}`)}`;
}

/**
 * Throws CredentialsExpired when `access_token_expires_at` (ISO date, or epoch seconds/ms)
 * is in the past. Callers may merge non-secret settings into the secrets record for this.
 */
export function assertTokenNotExpired(secrets: Secrets, now: number): void {
  const raw = optionalSecret(secrets, 'access_token_expires_at');
  if (raw === undefined) return;
  const numeric = Number(raw);
  // Below 1e12 a number can only be epoch seconds (1e12 ms is the year 2001).
  const expiresAt = Number.isFinite(numeric) ? (numeric < 1e12 ? numeric * 1000 : numeric) : Date.parse(raw);
  if (Number.isNaN(expiresAt)) throw new CredentialsInvalid('access_token_expires_at', 'is not a date');
  if (expiresAt <= now) throw new CredentialsExpired(new Date(expiresAt));
}
