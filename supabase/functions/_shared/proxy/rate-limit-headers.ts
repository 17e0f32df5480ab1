/** One window of a limit as check_rate_limit reports it. */
export interface LimitState {
  window: string;
  limit: number;
  remaining: number;
  reset_at: string;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * X-RateLimit-Limit / -Remaining / -Reset (epoch seconds, as GitHub and Twitter send it)
 * for the window that binds: when refused, the refusing window that resets last (all of
 * them must reset before a call passes), with Retry-After in seconds; when admitted, the
 * window with the least left.
 */
export function rateLimitHeaders(limits: readonly LimitState[], opts: { refused: boolean; cost: number; now: number }): Record<string, string> {
  const candidates = opts.refused ? limits.filter((l) => l.remaining < opts.cost) : [...limits];
  const resetOf = (l: LimitState) => Date.parse(l.reset_at);
  const binding = candidates.reduce<LimitState | undefined>((best, l) => {
    if (!best) return l;
    if (opts.refused) return resetOf(l) > resetOf(best) ? l : best;
    return l.remaining < best.remaining || (l.remaining === best.remaining && resetOf(l) < resetOf(best)) ? l : best;
  }, undefined);
  if (!binding) return {};
  const reset = resetOf(binding);
  const headers: Record<string, string> = {
    'x-ratelimit-limit': String(binding.limit),
    'x-ratelimit-remaining': String(binding.remaining),
    'x-ratelimit-reset': String(Math.ceil(reset / 1000)),
  };
  if (opts.refused) headers['retry-after'] = String(seconds(reset - opts.now));
  return headers;
}
