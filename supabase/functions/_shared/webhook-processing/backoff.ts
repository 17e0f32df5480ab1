// Retry schedule for webhook events whose handler failed, after Svix's: the first attempt
// is the intake itself, then retries after about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and
// 10 h. Jitter (±10 %) keeps a burst of failures (a payment table briefly locked, say)
// from retrying as one burst again.

export const RETRY_DELAYS_MS = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
] as const;

export const JITTER = 0.1;

/**
 * Delay before the next attempt after `attempts` attempts have failed (1 = the first
 * processing attempt), or null when the schedule is exhausted: dead letter.
 * `random` is injected (0 ≤ r < 1) so the jitter is testable.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number | null {
  if (!Number.isInteger(attempts) || attempts < 1) return RETRY_DELAYS_MS[0];
  const base = RETRY_DELAYS_MS[attempts - 1];
  if (base === undefined) return null;
  const factor = 1 + JITTER * (2 * random() - 1);
  return Math.round(base * factor);
}

/** When the next attempt is due, or null for the dead letter. */
export function nextAttemptAt(attempts: number, now: number, random: () => number = Math.random): Date | null {
  const delay = retryDelayMs(attempts, random);
  return delay === null ? null : new Date(now + delay);
}
