import { describe, expect, it } from 'vitest';
import { headersForCaller, headersForProvider } from '../../../supabase/functions/_shared/proxy/forward-headers.ts';

describe('headers across the proxy', () => {
  const incoming = new Headers({
    authorization: 'Bearer hub_live_secret', cookie: 'a=1', apikey: 'anon', 'x-client-info': 'supabase-js',
    'x-forwarded-for': '1.2.3.4', 'x-hub-timeout-ms': '100', host: 'gateway', connection: 'keep-alive', 'content-length': '3',
    'accept-encoding': 'gzip', 'content-type': 'application/json', accept: 'application/json', 'stripe-version': '2025-01-01',
    'idempotency-key': 'k-1', 'user-agent': 'orders/1.0',
  });

  it('drops hop-by-hop, the caller\'s credentials and our own headers; keeps provider headers', () => {
    const { headers, idempotent } = headersForProvider(incoming, null);
    expect(Object.fromEntries(headers)).toEqual({
      'content-type': 'application/json', accept: 'application/json', 'stripe-version': '2025-01-01', 'user-agent': 'orders/1.0',
    });
    expect(idempotent).toBe(false);
  });

  it('moves the idempotency key into the provider\'s own header', () => {
    const paypal = headersForProvider(incoming, 'PayPal-Request-Id');
    expect([paypal.headers.get('paypal-request-id'), paypal.headers.get('idempotency-key'), paypal.idempotent]).toEqual(['k-1', null, true]);
    const stripe = headersForProvider(new Headers({ 'Idempotency-Key': 'k-2' }), 'Idempotency-Key');
    expect([stripe.headers.get('idempotency-key'), stripe.idempotent]).toEqual(['k-2', true]);
    const own = headersForProvider(new Headers({ 'PayPal-Request-Id': 'k-3' }), 'PayPal-Request-Id');
    expect([own.headers.get('paypal-request-id'), own.idempotent]).toEqual(['k-3', true]);
    expect(headersForProvider(new Headers(), 'Idempotency-Key').idempotent).toBe(false);
  });

  it('returns provider headers without framing, cookies or CORS', () => {
    const upstream = new Headers({
      'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': '10', 'transfer-encoding': 'chunked',
      'set-cookie': 'sid=1', 'access-control-allow-origin': '*', 'request-id': 'req_1', 'retry-after': '3',
    });
    expect(Object.fromEntries(headersForCaller(upstream))).toEqual({ 'content-type': 'application/json', 'request-id': 'req_1', 'retry-after': '3' });
  });
});
