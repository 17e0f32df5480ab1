// Builds VerifyInput values and checks rejections the same way in every scheme's tests.
import { expect } from 'vitest';
import type { VerifyInput, VerifyResult } from '../../../supabase/functions/_shared/webhooks/types.ts';

export const bytes = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

export function makeInput(overrides: Partial<Omit<VerifyInput, 'headers' | 'rawBody' | 'url'>> & {
  body?: string | Uint8Array;
  headers?: Record<string, string>;
  url?: string;
}): VerifyInput {
  const { body = '', headers = {}, url = 'https://hub.example.com/functions/v1/webhook-intake/ep_1', ...rest } = overrides;
  return {
    rawBody: typeof body === 'string' ? bytes(body) : body,
    headers: new Headers(headers),
    url: new URL(url),
    secret: 'unset',
    now: Date.UTC(2026, 0, 1),
    ...rest,
  };
}

/** A rejection with the given status whose reason does not leak the secret. */
export function expectRejected(result: VerifyResult, status: 400 | 401, secret: string, reason?: RegExp): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.status).toBe(status);
  expect(result.reason).not.toContain(secret);
  if (reason) expect(result.reason).toMatch(reason);
}

export function expectAccepted(result: VerifyResult): Extract<VerifyResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected acceptance, got ${result.status} ${result.reason}`);
  return result;
}
