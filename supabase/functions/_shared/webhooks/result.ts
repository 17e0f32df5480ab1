import type { Rejection, VerifyResult } from './types.ts';
import { sha256Hex } from './bytes.ts';

export const reject = (status: 400 | 401, reason: string): Rejection => ({ ok: false, status, reason });

/** Header missing: nothing to authenticate with. */
export const missingHeader = (name: string): Rejection => reject(401, `missing ${name} header`);

export const malformedHeader = (name: string): Rejection => reject(400, `malformed ${name} header`);

export const badSignature = (): Rejection => reject(401, 'signature does not match');

export function accept(eventId: string, eventType: string | null, payload: unknown): VerifyResult {
  return { ok: true, eventId, eventType, payload };
}

/** Dedupe key for providers whose payload carries no id: the body's own hash. */
export const bodyHash = (rawBody: Uint8Array): Promise<string> => sha256Hex(rawBody);

/** Reads a string (or finite number) property from an unknown parsed payload. */
export function field(value: unknown, key: string): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = (value as Record<string, unknown>)[key];
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}
