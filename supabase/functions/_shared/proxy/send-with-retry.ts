import { sendOutbound, type OutboundDeps, type SendOutcome } from '../outbound/send.ts';
import type { OutboundConnection, OutboundProvider, OutboundRequest, Secrets } from '../outbound/types.ts';
import { isRetryableStatus, nextRetryDelay, parseRetryAfter } from './retry-policy.ts';

export interface RetryOptions {
  /** The whole call's time budget (all attempts and waits), in ms. */
  budgetMs: number;
  /** Whether a repeat is safe at all (see mayRetry). */
  retryable: boolean;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * sendOutbound, repeated on network errors and 429/5xx answers while the policy allows.
 * Each attempt gets what is left of the budget as its timeout, so the whole call, waits
 * included, ends within it. The last answer is returned with its body unread.
 */
export async function sendWithRetry(
  deps: OutboundDeps,
  provider: OutboundProvider,
  connection: OutboundConnection,
  secrets: Secrets,
  request: OutboundRequest,
  opts: RetryOptions,
): Promise<{ outcome: SendOutcome; attempts: number }> {
  const started = Date.now();
  const sleep = opts.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    const remaining = Math.max(1, opts.budgetMs - (Date.now() - started));
    const outcome = await sendOutbound(deps, provider, connection, secrets, request, remaining, { keepBody: true });
    const response = outcome.kind === 'response' ? outcome.response : null;
    const worthRetrying = outcome.kind === 'connection' || (response !== null && isRetryableStatus(response.status));
    const delay = opts.retryable && worthRetrying
      ? nextRetryDelay({
        attempt,
        retryAfterMs: parseRetryAfter(response?.headers.get('retry-after') ?? null, Date.now()),
        elapsedMs: Date.now() - started,
        budgetMs: opts.budgetMs,
        random: opts.random,
      })
      : null;
    if (delay === null) return { outcome, attempts: attempt };
    await response?.body?.cancel();
    if (outcome.kind === 'response') outcome.settle?.();
    await sleep(delay);
  }
}
