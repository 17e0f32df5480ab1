// When the proxy tries a call again. Only where a repeat cannot do something twice: safe
// methods, or a write whose idempotency key the provider honours. Bounded in attempts and
// by the call's whole time budget; Retry-After is honoured, never undercut.

export const RETRY = {
  maxAttempts: 3,
  baseDelayMs: 200,
  maxBackoffMs: 2_000,
  /** A provider asking for a longer pause gets its answer passed back instead of a wait. */
  maxRetryAfterMs: 10_000,
  /** Less time than this left in the budget is not worth another attempt. */
  minAttemptMs: 250,
} as const;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

export function mayRetry(method: string, idempotent: boolean): boolean {
  return SAFE_METHODS.has(method) || idempotent;
}

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUS.has(status);
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; null if absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^[0-9]+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Exponential backoff with full jitter (AWS's variant): spreads retries of many callers apart. */
export function backoffDelay(retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY.maxBackoffMs, RETRY.baseDelayMs * 2 ** (retry - 1));
  return Math.round(random() * ceiling);
}

/** How long to wait before attempt `attempt + 1`, or null to stop and answer with what we have. */
export function nextRetryDelay(input: {
  attempt: number;
  retryAfterMs: number | null;
  elapsedMs: number;
  budgetMs: number;
  random?: () => number;
}): number | null {
  if (input.attempt >= RETRY.maxAttempts) return null;
  if (input.retryAfterMs !== null && input.retryAfterMs > RETRY.maxRetryAfterMs) return null;
  const delay = Math.max(backoffDelay(input.attempt, input.random), input.retryAfterMs ?? 0);
  if (input.elapsedMs + delay + RETRY.minAttemptMs > input.budgetMs) return null;
  return delay;
}
