import { classify, DEFAULT_THRESHOLDS, type CheckOutcome, type Classification } from '../_shared/health/classify.ts';
import { OutboundError } from '../_shared/outbound/errors.ts';
import { buildHealthCheckRequest } from '../_shared/outbound/health-request.ts';
import { sendOutbound } from '../_shared/outbound/send.ts';
import { MemoryTokenCache } from '../_shared/outbound/token-cache.ts';
import { asCaller } from './caller-tx.ts';
import type { RouteContext } from './route-context.ts';
import { assertOverrideAllowed, prepareInput, type PreparedInput } from './prepare-input.ts';
import { TestBody } from './request-bodies.ts';

export interface TestVerdict {
  status: Classification['status'];
  error_class: string | null;
  message: string;
  http_status: number | null;
  latency_ms: number | null;
}

/**
 * The provider's health check with the entered credentials, through the outbound layer the
 * proxy and the monitor use (auth injection, SSRF guard, no redirects, timeout), classified
 * like the monitor classifies. Nothing is stored: the token cache lives for this call only.
 */
export async function runTest(ctx: RouteContext, input: PreparedInput): Promise<TestVerdict> {
  const { provider, connection, secrets } = input;
  let outcome: CheckOutcome;
  try {
    const request = buildHealthCheckRequest(provider, connection, secrets);
    const deps = { ...ctx.outbound, tokenCache: new MemoryTokenCache() };
    outcome = await sendOutbound(deps, provider, connection, secrets, request, ctx.outbound.timeoutMs);
  } catch (err) {
    if (!(err instanceof OutboundError)) throw err;
    outcome = { kind: 'credentials', detail: err.message };
  }
  const check = provider.health_check;
  const verdict = classify(outcome, {
    degradedAfterMs: check.degraded_after_ms ?? DEFAULT_THRESHOLDS.degradedAfterMs,
    expectStatus: check.expect_status,
  });
  return {
    status: verdict.status,
    error_class: verdict.errorClass,
    message: verdict.message,
    http_status: outcome.kind === 'response' ? outcome.httpStatus : null,
    latency_ms: 'latencyMs' in outcome ? Math.round(outcome.latencyMs) : null,
  };
}

/** POST /connection-test → 200 with the verdict (a failing provider is still a 200: the test ran). */
export async function handleTest(ctx: RouteContext, raw: unknown): Promise<Response> {
  const body = TestBody.parse(raw);
  // The transaction ends before the provider is called: no database connection waits on it.
  const input = await asCaller(ctx.sql, ctx.claims, ctx.ip, (tx) => prepareInput(tx, body));
  await assertOverrideAllowed(input, ctx.outbound);
  return Response.json(await runTest(ctx, input));
}
