import type { ProxyCaller } from '../_shared/api-keys/caller.ts';
import { errorResponse, HttpError, toErrorResponse } from '../_shared/http/errors.ts';
import { resolveBaseUrl } from '../_shared/outbound/base-url.ts';
import type { OutboundDeps } from '../_shared/outbound/send.ts';
import { assertAdmitted, type Admission, type MinRole } from '../_shared/proxy/admit.ts';
import { bufferIfSmall, readBodyCapped, tapBody } from '../_shared/proxy/body-tap.ts';
import { CallLog } from '../_shared/proxy/call-log.ts';
import type { ConnectionContext } from '../_shared/proxy/connection-context.ts';
import { headersForCaller, headersForProvider } from '../_shared/proxy/forward-headers.ts';
import { clientIp } from '../_shared/http/client-ip.ts';
import { REDACT_WINDOW_BYTES, type LogEntry } from '../_shared/proxy/log-entry.ts';
import { outcomeError } from '../_shared/proxy/outcome-error.ts';
import type { ProviderCooldown } from '../_shared/proxy/provider-cooldown.ts';
import { mayRetry, parseRetryAfter } from '../_shared/proxy/retry-policy.ts';
import { sendWithRetry } from '../_shared/proxy/send-with-retry.ts';
import { buildUpstreamUrl, parseProxyPath } from '../_shared/proxy/upstream-url.ts';

export interface ApiProxyDeps {
  identify: (req: Request) => Promise<ProxyCaller | null>;
  admit: (connectionId: string, caller: ProxyCaller, minRole: MinRole, cost: number) => Promise<Admission>;
  context: (connectionId: string, version: string, who: { caller: ProxyCaller; callerId: string | null; ip: string | null }) => Promise<ConnectionContext>;
  outbound: OutboundDeps;
  /** Takes a call's log entry as a thunk, so building it (redaction) happens off the response path. */
  log: (entry: () => LogEntry) => void;
  /** true while the call log keeps up; else whether it caught up within the wait (LogQueue.room). */
  logRoom?: () => true | Promise<boolean>;
  cooldown: ProviderCooldown;
  timeoutMs: number;
  maxBodyBytes: number;
  sleep?: (ms: number) => Promise<void>;
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const NO_BODY_STATUS = new Set([204, 205, 304]);
/** Answers up to this size are passed on whole; longer ones are streamed. */
const SMALL_BODY_BYTES = 64 * 1024;
/** The service role may shorten (never lengthen) a call's budget, e.g. for tests of the 504 path. */
const TIMEOUT_HEADER = 'x-hub-timeout-ms';

/** ANY /api-proxy/<connection_id>/<provider path>?query: see README "HTTP contract". */
export function makeApiProxyHandler(deps: ApiProxyDeps) {
  return async (req: Request): Promise<Response> => {
    const started = performance.now();
    const url = new URL(req.url);
    const target = parseProxyPath(url.pathname);
    if (!target) return errorResponse('not_found', 'Use /functions/v1/api-proxy/<connection_id>/<provider path>.');
    if (!METHODS.includes(req.method)) return errorResponse('method_not_allowed', `Use one of ${METHODS.join(', ')}.`, { allow: METHODS.join(', ') });
    const log = new CallLog(deps.log, {
      connectionId: target.connectionId, method: req.method, pathAndQuery: `/${target.rest}${url.search}`,
      ip: clientIp(req.headers), started, requestType: req.headers.get('content-type'),
    });
    try {
      return await forward(deps, req, url.search, target, log);
    } catch (err) {
      const response = toErrorResponse(err);
      log.error(response.status, err);
      return response;
    }
  };
}

async function forward(deps: ApiProxyDeps, req: Request, search: string, target: { connectionId: string; rest: string }, log: CallLog): Promise<Response> {
  // Under overload the call log falls behind: calls wait for it (every call stays logged)
  // rather than the log dropping entries; refused if it does not catch up in time.
  const room = deps.logRoom?.() ?? true;
  if (room !== true && !(await room)) throw new HttpError('unavailable', 'The proxy is overloaded (its call log is behind); try again shortly.', { 'retry-after': '1' });
  const caller = await deps.identify(req);
  if (!caller) throw new HttpError('unauthorized', 'Send a signed-in user\'s JWT, the service role key or an organization API key as a Bearer token.');
  const admission = await deps.admit(target.connectionId, caller, READS.has(req.method) ? 'viewer' : 'admin', 1);
  log.caller = caller;
  log.organizationId = admission.organization_id ?? null;
  log.callerId = admission.caller_id ?? null;
  assertAdmitted(admission, { cost: 1, now: Date.now() });
  const wait = deps.cooldown.remaining(target.connectionId);
  if (wait > 0) {
    throw new HttpError('rate_limited', 'The provider asked for a pause (429 with Retry-After); try again later.', { 'retry-after': String(Math.ceil(wait / 1000)) });
  }

  // fetch refuses a body on GET/HEAD, and no provider API reads one there.
  log.requestBody = req.method === 'GET' || req.method === 'HEAD' ? null : await readBodyCapped(req, deps.maxBodyBytes);
  const ctx = await deps.context(target.connectionId, admission.version ?? '', { caller, callerId: log.callerId, ip: log.call.ip });
  log.secrets = ctx.secretValues;
  const { headers, idempotent } = headersForProvider(req.headers, ctx.idempotencyHeader);
  log.requestHeaders = headers;
  const url = buildUpstreamUrl(resolveBaseUrl(ctx.provider, ctx.connection, ctx.secrets), target.rest, search);
  const budgetMs = timeoutFor(req, caller, deps.timeoutMs);
  const { outcome } = await sendWithRetry({ ...deps.outbound, connectionId: ctx.id }, ctx.provider, ctx.connection, ctx.secrets,
    { method: req.method, url, headers, body: log.requestBody }, { budgetMs, retryable: mayRetry(req.method, idempotent), sleep: deps.sleep });
  if (outcome.kind !== 'response' || !outcome.response) throw outcomeError(outcome, budgetMs);

  const upstream = outcome.response;
  const settle = outcome.settle ?? (() => {});
  if (upstream.status === 429) deps.cooldown.note(target.connectionId, parseRetryAfter(upstream.headers.get('retry-after'), Date.now()));
  const headersAtMs = performance.now() - log.call.started;
  const outHeaders = headersForCaller(upstream.headers);
  if (!upstream.body || req.method === 'HEAD' || NO_BODY_STATUS.has(upstream.status)) {
    await upstream.body?.cancel();
    settle();
    log.response(upstream.status, upstream.headers, { bytes: 0, head: new Uint8Array(), incomplete: false }, headersAtMs);
    return new Response(null, { status: upstream.status, headers: outHeaders });
  }
  // A declared length sizes the first read (one buffer for the whole answer); the cap holds
  // whatever the provider declared.
  const declared = Number(upstream.headers.get('content-length') ?? NaN);
  const read = await bufferIfSmall(upstream.body, SMALL_BODY_BYTES, Number.isFinite(declared) ? declared : undefined).catch((err) => {
    settle();
    throw err instanceof DOMException && err.name === 'TimeoutError'
      ? outcomeError({ kind: 'timeout', latencyMs: 0 }, budgetMs)
      : new HttpError('provider_failed', 'The provider\'s answer broke off.');
  });
  if ('whole' in read) {
    settle();
    log.response(upstream.status, upstream.headers, { bytes: read.whole.byteLength, head: read.whole.subarray(0, REDACT_WINDOW_BYTES), incomplete: false }, headersAtMs);
    return new Response(read.whole as Uint8Array<ArrayBuffer>, { status: upstream.status, statusText: upstream.statusText, headers: outHeaders });
  }
  const body = tapBody(read.stream, REDACT_WINDOW_BYTES, (tap) => {
    settle();
    log.response(upstream.status, upstream.headers, tap, headersAtMs);
  });
  return new Response(body, { status: upstream.status, statusText: upstream.statusText, headers: outHeaders });
}

function timeoutFor(req: Request, caller: ProxyCaller, defaultMs: number): number {
  const asked = Number(req.headers.get(TIMEOUT_HEADER));
  return caller.kind === 'service' && Number.isFinite(asked) && asked >= 100 ? Math.min(asked, defaultMs) : defaultMs;
}
