import type { HealthStatus } from './types.ts';

/** What happened when the provider's health check ran. */
export type CheckOutcome =
  | { kind: 'response'; httpStatus: number; latencyMs: number }
  | { kind: 'timeout'; latencyMs: number }
  | { kind: 'connection'; latencyMs: number; detail: string }
  | { kind: 'credentials'; detail: string }
  | { kind: 'refused'; detail: string };

export interface Thresholds {
  /** Slower than this (ms) is degraded even when the answer is right. */
  degradedAfterMs: number;
  /** Statuses that mean "up"; defaults to any 2xx. */
  expectStatus?: readonly number[];
}

export interface Classification {
  status: HealthStatus;
  errorClass: string | null;
  message: string;
}

export const DEFAULT_THRESHOLDS: Thresholds = { degradedAfterMs: 2000 };

/**
 * healthy / degraded / down from a check's outcome. 429 and slow answers are degraded;
 * timeouts, connection errors, 5xx and auth failures are down; an auth failure tells the
 * admin to check the credentials.
 */
export function classify(outcome: CheckOutcome, thresholds: Thresholds = DEFAULT_THRESHOLDS): Classification {
  switch (outcome.kind) {
    case 'timeout':
      return { status: 'down', errorClass: 'timeout', message: `No answer within ${Math.round(outcome.latencyMs / 1000)} s.` };
    case 'connection':
      return { status: 'down', errorClass: 'connection', message: `Could not connect: ${outcome.detail}` };
    case 'credentials':
      return { status: 'down', errorClass: 'credentials_missing', message: `Credentials incomplete: ${outcome.detail}` };
    case 'refused':
      return { status: 'down', errorClass: 'refused', message: outcome.detail };
  }
  const { httpStatus, latencyMs } = outcome;
  const expected = thresholds.expectStatus?.length ? thresholds.expectStatus.includes(httpStatus) : httpStatus >= 200 && httpStatus < 300;
  if (httpStatus === 401 || httpStatus === 403) {
    return { status: 'down', errorClass: 'auth', message: `The provider refused the credentials (HTTP ${httpStatus}) — check credentials.` };
  }
  if (httpStatus === 429) {
    return { status: 'degraded', errorClass: 'rate_limited', message: 'The provider is rate limiting this connection (HTTP 429).' };
  }
  if (httpStatus >= 500) {
    return { status: 'down', errorClass: 'server_error', message: `The provider failed (HTTP ${httpStatus}).` };
  }
  if (!expected) {
    return { status: 'degraded', errorClass: 'unexpected_status', message: `Unexpected answer HTTP ${httpStatus}.` };
  }
  if (latencyMs > thresholds.degradedAfterMs) {
    return { status: 'degraded', errorClass: 'slow', message: `Answered in ${latencyMs} ms (over ${thresholds.degradedAfterMs} ms).` };
  }
  return { status: 'healthy', errorClass: null, message: `HTTP ${httpStatus} in ${latencyMs} ms.` };
}
