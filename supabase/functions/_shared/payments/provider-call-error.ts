import { HttpError } from '../http/errors.ts';

/**
 * How a provider call failed, which decides what happens to the payment:
 * - `refused`: the provider answered and said no (4xx, or an error object) → 422 with its
 *   message; the payment is failed, never paid.
 * - `unavailable` (5xx, 429, connection error) → 502, `timeout` → 504: the outcome is
 *   unknown, so the payment stays retryable under the same idempotency key, which the
 *   provider deduplicates.
 */
export type ProviderFailure = 'refused' | 'unavailable' | 'timeout';

const CODE = { refused: 'provider_refused', unavailable: 'provider_failed', timeout: 'provider_timeout' } as const;

export class ProviderCallError extends HttpError {
  constructor(readonly failure: ProviderFailure, message: string) {
    super(CODE[failure], message);
    this.name = 'ProviderCallError';
  }
}

/** Provider messages are shown to callers and stored: one line, bounded. */
export function cleanProviderMessage(message: string): string {
  // deno-lint-ignore no-control-regex
  const line = message.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return line.length > 500 ? `${line.slice(0, 497)}...` : line;
}

export function refused(provider: string, message: string | null, httpStatus?: number): ProviderCallError {
  const detail = message ? cleanProviderMessage(message) : `HTTP ${httpStatus ?? 'error'}`;
  return new ProviderCallError('refused', `${provider} refused: ${detail}`);
}

export function unavailable(provider: string, detail: string): ProviderCallError {
  return new ProviderCallError(
    'unavailable',
    `${provider} did not complete the request (${cleanProviderMessage(detail)}); retry with the same idempotency key.`,
  );
}

export function timedOut(provider: string, timeoutMs: number): ProviderCallError {
  return new ProviderCallError(
    'timeout',
    `${provider} did not answer within ${Math.round(timeoutMs / 1000)} s; retry with the same idempotency key.`,
  );
}
