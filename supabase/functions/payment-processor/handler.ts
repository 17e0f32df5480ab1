import { z } from 'zod';
import { makeCallerIdentifier } from '../_shared/auth/caller.ts';
import { connect } from '../_shared/db.ts';
import { errorResponse, HttpError, toErrorResponse } from '../_shared/http/errors.ts';
import { readJson } from '../_shared/http/read-json.ts';
import { PgTokenCache } from '../_shared/outbound/pg-token-cache.ts';
import { LayeredTokenCache } from '../_shared/outbound/token-cache.ts';
import type { ProcessorDeps } from '../_shared/payments/open-gateway.ts';
import { identifyPaymentCaller, makeApiKeyVerifier, type PaymentCallerDeps, type PaymentCaller } from '../_shared/payments/payment-caller.ts';
import { describeZodError } from '../_shared/payments/payment-request.schema.ts';
import { loadCredentialKeys } from '../_shared/vault/keys.ts';
import { captureOrCheck } from './capture-and-status.ts';
import { createPayment } from './create-payment.ts';
import { refundPayment } from './refund-payment.ts';
import { makeDenoResolver } from '../_shared/outbound/deno-resolver.ts';
import { callLogQueue } from '../_shared/proxy/call-log-queue.ts';
import { clientIp } from '../_shared/http/client-ip.ts';

/**
 * payment-processor: payments in AED through Stripe, PayPal, N-Genius and Telr.
 *
 * POST /payment-processor  {connection_id, amount, currency, order_reference, idempotency_key,
 *                           customer?: {email?, name?, phone?}, description?, return_url?, cancel_url?}
 *   amount is a decimal string of AED with at most two decimals ("1234.50"; JSON numbers are
 *   refused so nothing is ever a float); currency must be "AED". 201 {payment, client_secret
 *   (Stripe only, never stored), approval_url (where the customer pays: PayPal approval,
 *   N-Genius or Telr payment page)}. The same idempotency_key again answers the same payment
 *   (header Idempotent-Replayed: true); with a different body it is a 409.
 * POST /payment-processor/refund  {payment_id, amount?, idempotency_key, reason?} → 201 {refund, payment}
 *   (amount absent: all that is left).
 * POST /payment-processor/capture {payment_id}: PayPal after the buyer approved → {payment}.
 * POST /payment-processor/status  {payment_id}: asks the provider and reconciles → {payment}.
 *
 * payment: {id, status, provider, connection_id, provider_payment_id, amount_fils, amount,
 * currency, refunded_fils, order_reference, conversion: {currency, rate, amount_minor} | null,
 * approval_url, failure_reason, created_at}. Callers: admins of the organization (user JWT),
 * its API keys (scoped to the connection), the service role. Errors: 400 bad input (field
 * named), 401, 403 viewer or out-of-scope key, 404 unknown or another organization's,
 * 409 conflict, 422 provider refused (its message; the payment is failed), 502 provider
 * failed, 504 provider timeout (both retryable with the same key).
 */
type Route = (deps: ProcessorDeps, caller: PaymentCaller, body: unknown) => Promise<Response>;

// Paths below /payment-processor, as the gateway forwards them.
const ROUTES: Record<string, Route> = {
  '': createPayment,
  '/refund': refundPayment,
  '/capture': (deps, caller, body) => captureOrCheck('capture', deps, caller, body),
  '/status': (deps, caller, body) => captureOrCheck('status', deps, caller, body),
};

export function makePaymentProcessorHandler(deps: ProcessorDeps, callers: PaymentCallerDeps) {
  return async (req: Request): Promise<Response> => {
    try {
      const path = new URL(req.url).pathname.replace(/^\/payment-processor/, '').replace(/\/+$/, '');
      const route = ROUTES[path];
      if (!route) throw new HttpError('not_found', `No payment-processor route ${path}; use POST /, /refund, /capture or /status.`);
      if (req.method !== 'POST') return errorResponse('method_not_allowed', 'Use POST.', { allow: 'POST' });
      const caller = await identifyPaymentCaller(req, callers);
      if (!caller) throw new HttpError('unauthorized', 'A signed-in admin, an organization API key or the service role is required.');
      // The caller's address goes with this request's provider calls into integration_logs.
      return await route({ ...deps, callerIp: clientIp(req.headers) }, caller, await readJson(req, 16_384));
    } catch (err) {
      if (err instanceof z.ZodError) return errorResponse('bad_request', describeZodError(err));
      return toErrorResponse(err);
    }
  };
}

export function createHandler(env: Record<string, string | undefined>) {
  const sql = connect(env.SUPABASE_DB_URL, Number(env.PAYMENTS_DB_POOL ?? 10));
  const keys = loadCredentialKeys(env);
  const paymentCallLogs = callLogQueue(sql, 'payment-processor');
  return makePaymentProcessorHandler(
    {
      sql,
      keys,
      timeoutMs: Number(env.PAYMENTS_TIMEOUT_MS ?? 15_000),
      // Every provider call in integration_logs, as the proxy's.
      log: (entry) => paymentCallLogs.push(entry),
      outbound: {
        fetch: globalThis.fetch,
        now: () => Date.now(),
        // OAuth tokens (PayPal, N-Genius): in memory per instance, shared encrypted in Postgres across instances.
        tokenCache: new LayeredTokenCache(new PgTokenCache(sql, keys), Date.now),
        allowPrivate: env.HUB_ALLOW_PRIVATE_UPSTREAMS === 'true',
        resolve: makeDenoResolver(),
      },
    },
    {
      identifyJwt: makeCallerIdentifier({
        jwtSecret: env.SUPABASE_JWT_SECRET,
        jwksUrl: env.SUPABASE_URL ? `${env.SUPABASE_URL}/auth/v1/.well-known/jwks.json` : undefined,
      }),
      verifyApiKey: makeApiKeyVerifier(sql),
    },
  );
}
