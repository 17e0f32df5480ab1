import { z } from 'zod';
import { AuthError, badRequest, unprocessable } from './errors.ts';

export const MIN_PASSWORD_LENGTH = 6;
/** bcrypt only reads 72 bytes; GoTrue refuses longer passwords rather than truncating them. */
export const MAX_PASSWORD_LENGTH = 72;

// The format check GoTrue uses (badoux/checkmail).
const EMAIL_RE =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

// Unknown fields (gotrue_meta_security, code_challenge, ...) are accepted and ignored, like
// GoTrue's JSON decoding; a field of the wrong type is a JSON decoding error there too.
const SignupBody = z.object({
  email: z.string().optional(),
  phone: z.string().optional(),
  password: z.string().optional(),
  data: z.record(z.string(), z.unknown()).nullish(),
});
const PasswordGrantBody = z.object({
  email: z.string().optional(),
  phone: z.string().optional(),
  password: z.string().optional(),
});
const RefreshGrantBody = z.object({ refresh_token: z.string().optional() });

function decode<T>(schema: z.ZodType<T>, body: Record<string, unknown>): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || 'body';
    throw badRequest('bad_json', `Could not parse request body as JSON: invalid type for field "${field}"`);
  }
  return parsed.data;
}

/** GoTrue's validateEmail: required, at most 255 chars, checkmail format; returns it lowercased. */
export function validateEmail(email: string | undefined): string {
  const trimmed = (email ?? '').trim();
  if (!trimmed) throw badRequest('validation_failed', 'An email address is required');
  if (trimmed.length > 255) throw badRequest('validation_failed', 'An email address is too long');
  if (!EMAIL_RE.test(trimmed)) {
    throw badRequest('validation_failed', 'Unable to validate email address: invalid format');
  }
  return trimmed.toLowerCase();
}

function checkPasswordStrength(password: string): void {
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw badRequest('validation_failed', `Password cannot be longer than ${MAX_PASSWORD_LENGTH} characters`);
  }
  if (password.includes('\0')) throw badRequest('validation_failed', 'Password contains invalid characters');
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new AuthError(422, 'weak_password', `Password should be at least ${MIN_PASSWORD_LENGTH} characters.`, {
      weak_password: { reasons: ['length'] },
    });
  }
}

const phoneDisabled = () => badRequest('phone_provider_disabled', 'Phone signups are disabled');

export function parseSignup(body: Record<string, unknown>): {
  email: string;
  password: string;
  data: Record<string, unknown>;
} {
  const b = decode(SignupBody, body);
  if (b.phone && !b.email) throw phoneDisabled();
  const email = validateEmail(b.email);
  if (!b.password) throw unprocessable('validation_failed', 'Signup requires a valid password');
  checkPasswordStrength(b.password);
  return { email, password: b.password, data: b.data ?? {} };
}

/** Email and password for the password grant. Format problems are just bad credentials. */
export function parsePasswordGrant(body: Record<string, unknown>): { email: string; password: string } | null {
  const b = decode(PasswordGrantBody, body);
  if (b.phone && !b.email) throw badRequest('phone_provider_disabled', 'Phone logins are disabled');
  if (!b.email) throw badRequest('validation_failed', 'missing email or phone');
  const email = b.email.trim().toLowerCase();
  const password = b.password ?? '';
  if (!password || password.length > MAX_PASSWORD_LENGTH || password.includes('\0') || email.includes('\0')) {
    return null;
  }
  return { email, password };
}

export function parseRefreshGrant(body: Record<string, unknown>): string {
  const b = decode(RefreshGrantBody, body);
  if (!b.refresh_token) throw badRequest('validation_failed', 'refresh_token required');
  return b.refresh_token;
}
