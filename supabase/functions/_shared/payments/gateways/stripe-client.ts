import Stripe from 'stripe';
import { HttpError } from '../../http/errors.ts';
import { resolveBaseUrl } from '../../outbound/base-url.ts';
import { requireHeaderSecret } from '../../outbound/credentials.ts';
import { UpstreamRefused } from '../../outbound/errors.ts';
import { assertAllowedUpstream, type UpstreamPolicy } from '../../outbound/ssrf.ts';
import { upstreamHosts } from '../../outbound/upstream-hosts.ts';
import type { GatewayContext } from '../gateway.ts';
import { refused, timedOut, unavailable } from '../provider-call-error.ts';

/**
 * The official SDK with its fetch HTTP client (Deno has no Node http), pointed at the
 * connection's base URL so a sandbox or a loopback fake can stand in for api.stripe.com.
 * Every URL it fetches passes the same SSRF policy as the rest of the outbound layer.
 * Retries are off: the hub's own idempotency decides what is retried.
 */
export async function stripeClient(ctx: GatewayContext): Promise<Stripe> {
  const base = new URL(resolveBaseUrl(ctx.provider, ctx.connection, ctx.secrets));
  if (base.pathname !== '/' || base.search) {
    throw new HttpError('conflict', 'A Stripe base URL override must be an origin without a path: the SDK always calls /v1/ on that host.');
  }
  const allowPrivate = ctx.deps.allowPrivate ?? false;
  let policy: UpstreamPolicy;
  try {
    policy = { allowedHosts: upstreamHosts(ctx.provider, ctx.connection, ctx.secrets, { allowPrivate }), allowPrivate, resolve: ctx.deps.resolve };
    // Checked up front too, so a refused host is reported as such rather than as a connection error.
    await assertAllowedUpstream(base, policy);
  } catch (err) {
    if (err instanceof UpstreamRefused) throw new HttpError('conflict', `The Stripe connection cannot be used: ${err.message}`);
    throw err;
  }
  const guardedFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    await assertAllowedUpstream(new URL(input instanceof Request ? input.url : input), policy);
    return ctx.deps.fetch(input, { ...init, redirect: 'manual' });
  };
  const protocol = base.protocol === 'http:' ? 'http' : 'https';
  return new Stripe(requireHeaderSecret(ctx.secrets, 'secret_key'), {
    httpClient: Stripe.createFetchHttpClient(guardedFetch as typeof fetch),
    host: base.hostname,
    port: base.port || (protocol === 'http' ? 80 : 443),
    protocol,
    maxNetworkRetries: 0,
    timeout: ctx.timeoutMs,
    telemetry: false,
  });
}

/**
 * Stripe's errors as payment outcomes: its own 4xx messages ("Your card was declined.")
 * are refusals, 5xx/429 and connection trouble are "unavailable", its timeout is a timeout.
 */
export function stripeFailure(err: unknown, timeoutMs: number): never {
  if (err instanceof Stripe.errors.StripeConnectionError) {
    throw /timeout/i.test(err.message) ? timedOut('Stripe', timeoutMs) : unavailable('Stripe', 'connection error');
  }
  if (err instanceof Stripe.errors.StripeError) {
    const status = err.statusCode ?? 0;
    if (status >= 500 || status === 429 || err instanceof Stripe.errors.StripeAPIError) {
      throw unavailable('Stripe', `HTTP ${status || 'error'}`);
    }
    throw refused('Stripe', err.message || null, status);
  }
  throw err;
}
