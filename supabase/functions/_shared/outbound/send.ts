import { authorizeRequest, type AuthorizeDeps } from './authorize.ts';
import { resolveBaseUrl } from './base-url.ts';
import { toBodyInit } from './body.ts';
import { OutboundError, TokenRequestFailed, UpstreamRefused } from './errors.ts';
import { assertAllowedUpstream, type Resolver, type UpstreamPolicy } from './ssrf.ts';
import { upstreamHosts } from './upstream-hosts.ts';
import type { OutboundConnection, OutboundProvider, OutboundRequest, Secrets } from './types.ts';
import { unrefTimer } from '../unref-timer.ts';

export interface OutboundDeps extends AuthorizeDeps {
  resolve?: Resolver;
  /** Local development and tests only (http, loopback mocks); never in production. */
  allowPrivate?: boolean;
}

/** What happened to one outbound call; the shape health/classify.ts expects, plus the response. */
export type SendOutcome =
  | { kind: 'response'; httpStatus: number; latencyMs: number; response: Response | null; settle?: () => void }
  | { kind: 'timeout'; latencyMs: number }
  | { kind: 'connection'; latencyMs: number; detail: string }
  | { kind: 'credentials'; detail: string }
  | { kind: 'refused'; detail: string };

/**
 * The one outbound path for proxy and health monitor: SSRF policy for every URL fetched
 * (token calls included), credentials injected, redirects not followed (a 3xx could point
 * anywhere), all bounded by `timeoutMs`. The response body is cancelled unless `keepBody`.
 */
export async function sendOutbound(
  deps: OutboundDeps,
  provider: OutboundProvider,
  connection: OutboundConnection,
  secrets: Secrets,
  request: OutboundRequest,
  timeoutMs: number,
  opts: { keepBody?: boolean } = {},
): Promise<SendOutcome> {
  const started = deps.now();
  // A timer cleared once the answer is consumed, rather than AbortSignal.timeout, whose timer
  // outlives the call and fires (DOMException, abort listeners) timeoutMs later for every call.
  const controller = new AbortController();
  const signal = controller.signal;
  const timer = setTimeout(() => controller.abort(new DOMException('Signal timed out.', 'TimeoutError')), timeoutMs);
  // Like AbortSignal.timeout's, this timer does not keep a process alive on its own.
  unrefTimer(timer);
  const settle = () => clearTimeout(timer);
  try {
    const allowPrivate = deps.allowPrivate ?? false;
    const policy: UpstreamPolicy = {
      allowedHosts: upstreamHosts(provider, connection, secrets, { allowPrivate }),
      allowPrivate,
      resolve: deps.resolve,
    };
    const guardedFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      await assertAllowedUpstream(new URL(input instanceof Request ? input.url : input), policy);
      return deps.fetch(input, { ...init, redirect: 'manual', signal });
    };
    const authorized = await authorizeRequest(provider, secrets, request, {
      ...deps,
      fetch: guardedFetch as typeof fetch,
      baseUrl: deps.baseUrl ?? resolveBaseUrl(provider, connection, secrets),
    });
    const response = await guardedFetch(authorized.url, {
      method: authorized.method,
      headers: authorized.headers,
      body: toBodyInit(authorized.body),
    });
    const latencyMs = deps.now() - started;
    if (!opts.keepBody) {
      await response.body?.cancel();
      settle();
    }
    return { kind: 'response', httpStatus: response.status, latencyMs, response: opts.keepBody ? response : null, settle };
  } catch (err) {
    settle();
    return outcomeOfError(err, deps.now() - started, signal);
  }
}

function outcomeOfError(err: unknown, latencyMs: number, signal: AbortSignal): SendOutcome {
  if (err instanceof UpstreamRefused) return { kind: 'refused', detail: err.message };
  // A token endpoint's 401/403 is the provider refusing the credentials: report it as such.
  if (err instanceof TokenRequestFailed) {
    return err.upstreamStatus === null
      ? { kind: 'connection', latencyMs, detail: err.message }
      : { kind: 'response', httpStatus: err.upstreamStatus, latencyMs, response: null };
  }
  if (err instanceof OutboundError) return { kind: 'credentials', detail: err.message };
  if (signal.aborted) return { kind: 'timeout', latencyMs };
  if (err instanceof TypeError) {
    // Only the error code (ECONNREFUSED, ENOTFOUND…) leaves; messages may quote the URL.
    const code = (err.cause as { code?: unknown } | undefined)?.code;
    return { kind: 'connection', latencyMs, detail: typeof code === 'string' ? code : 'network error' };
  }
  throw err;
}
