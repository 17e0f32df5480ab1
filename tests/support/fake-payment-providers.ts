import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

// Stripe, PayPal, N-Genius and Telr as real HTTP servers on 127.0.0.1, one port each (the
// Stripe SDK always calls /v1/ on its host), speaking just enough of each API for the
// payment processor: create, status, capture, refund, and their error shapes.

export interface Call { method: string; path: string; headers: IncomingHttpHeaders; body: string }
export interface Reply { status?: number; body?: unknown; delayMs?: number; hang?: boolean }
type Provider = 'stripe' | 'paypal' | 'ngenius' | 'telr';
type Route = (call: Call, parts: string[], origin: string) => Reply;

const form = (body: string) => Object.fromEntries(new URLSearchParams(body));
const json = (body: string) => (body ? JSON.parse(body) : {});
const ok = (body: unknown, status = 200): Reply => ({ status, body });

async function serve(route: Route, control: { next: Reply | null; delayMs: number }) {
  const calls: Call[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const call = { method: req.method ?? '', path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      calls.push(call);
      const token = /token$/.test(call.path);
      const override = token ? null : control.next;
      if (override) control.next = null;
      const reply = override ?? route(call, call.path.split('?')[0]!.split('/').filter(Boolean), origin);
      if (reply.hang) return;
      setTimeout(() => res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body ?? {})),
        reply.delayMs ?? (token ? 0 : control.delayMs));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return { origin, calls, close };
}

export async function startFakePaymentProviders() {
  let seq = 0;
  const id = (prefix: string) => `${prefix}${++seq}`;
  const state = {
    intents: new Map<string, Record<string, unknown>>(),
    byKey: new Map<string, Record<string, unknown>>(),
    orders: new Map<string, { status: string; amount: unknown; captureId?: string }>(),
    ngenius: new Map<string, { state: string; amount: unknown }>(),
    telr: new Map<string, { code: number; cart: string }>(),
  };
  const controls = Object.fromEntries(['stripe', 'paypal', 'ngenius', 'telr'].map((p) => [p, { next: null, delayMs: 0 }])) as
    Record<Provider, { next: Reply | null; delayMs: number }>;

  const stripe = await serve((call, [, resource, key]) => {
    const f = form(call.body);
    if (resource === 'payment_intents' && call.method === 'POST') {
      const idem = String(call.headers['idempotency-key'] ?? '');
      const existing = state.byKey.get(idem);
      if (existing) return ok(existing);
      const piId = id('pi_');
      const intent = { id: piId, object: 'payment_intent', amount: Number(f.amount), currency: f.currency, status: 'requires_payment_method', client_secret: `${piId}_secret_fake`, metadata: {} };
      state.intents.set(piId, intent);
      state.byKey.set(idem, intent);
      return ok(intent);
    }
    if (resource === 'payment_intents' && key && state.intents.has(key)) return ok(state.intents.get(key));
    if (resource === 'refunds') return ok({ id: id('re_'), object: 'refund', amount: Number(f.amount), payment_intent: f.payment_intent, status: 'succeeded' });
    return ok({ error: { type: 'invalid_request_error', message: `No such resource: ${call.path}` } }, 404);
  }, controls.stripe);

  const paypal = await serve((call, parts) => {
    if (parts.join('/') === 'v1/oauth2/token') return ok({ access_token: id('A21AA-'), token_type: 'Bearer', expires_in: 32400 });
    if (parts.join('/') === 'v2/checkout/orders' && call.method === 'POST') {
      const unit = json(call.body).purchase_units[0];
      if (unit.amount.currency_code === 'AED') {
        return ok({ name: 'UNPROCESSABLE_ENTITY', message: 'The requested action could not be performed.', details: [{ issue: 'CURRENCY_NOT_SUPPORTED', description: 'Currency code is not supported.' }] }, 422);
      }
      const orderId = id('ORDER-');
      state.orders.set(orderId, { status: 'CREATED', amount: unit.amount });
      return ok({ id: orderId, status: 'CREATED', links: [{ rel: 'approve', href: `https://www.sandbox.paypal.com/checkoutnow?token=${orderId}` }] }, 201);
    }
    const order = state.orders.get(parts[3] ?? '');
    const view = (o: NonNullable<typeof order>, oid: string) => ({ id: oid, status: o.status, purchase_units: [{ payments: { captures: o.captureId ? [{ id: o.captureId, status: 'COMPLETED', amount: o.amount }] : [] } }] });
    if (order && parts[4] === 'capture') {
      if (order.status !== 'APPROVED') return ok({ name: 'UNPROCESSABLE_ENTITY', details: [{ issue: 'ORDER_NOT_APPROVED', description: 'Payer has not yet approved the Order for payment.' }] }, 422);
      Object.assign(order, { status: 'COMPLETED', captureId: id('CAP-') });
      return ok(view(order, parts[3]!), 201);
    }
    if (order) return ok(view(order, parts[3]!));
    if (parts[2] === 'captures' && parts[4] === 'refund') return ok({ id: id('REF-'), status: 'COMPLETED', amount: json(call.body).amount }, 201);
    return ok({ name: 'RESOURCE_NOT_FOUND', message: 'The specified resource does not exist.' }, 404);
  }, controls.paypal);

  const ngenius = await serve((call, parts, origin) => {
    if (parts.join('/') === 'identity/auth/access-token') return ok({ access_token: id('ni-token-'), expires_in: 300, token_type: 'bearer' });
    const [, , outlet, , ref] = parts;
    if (call.method === 'POST' && parts.length === 4) {
      const body = json(call.body);
      const reference = id('ni-order-');
      state.ngenius.set(reference, { state: 'STARTED', amount: body.amount });
      return ok({ reference, _links: { payment: { href: `https://paypage.sandbox.ngenius-payments.com/?code=${reference}` } }, _embedded: { payment: [{ _id: `urn:payment:${reference}`, state: 'STARTED' }] } }, 201);
    }
    const order = state.ngenius.get(ref ?? '');
    if (!order) return ok({ message: 'Not found', errors: [{ message: 'Order not found', errorCode: 'orderNotFound' }] }, 404);
    if (call.method === 'POST') return ok({ reference: id('ni-refund-'), state: 'SUCCESS', amount: json(call.body).amount }, 201);
    const refund = `${origin}/transactions/outlets/${outlet}/orders/${ref}/payments/p-${ref}/captures/c-${ref}/refund`;
    return ok({ reference: ref, _embedded: { payment: [{ state: order.state, amount: order.amount, _links: order.state === 'PURCHASED' ? { 'cnp:refund': { href: refund } } : {} }] } });
  }, controls.ngenius);

  const telr = await serve((call) => {
    const f = form(call.body);
    if (f.ivp_store !== '25798' || !f.ivp_authkey) return ok({ method: f.ivp_method, error: { message: 'E01:Invalid request', note: 'Store or key missing' } });
    if (f.ivp_method === 'create') {
      const ref = id('TELR');
      state.telr.set(ref, { code: 1, cart: f.ivp_cart! });
      return ok({ method: 'create', order: { ref, url: `https://secure.telr.com/gateway/process.html?o=${ref}` } });
    }
    const order = state.telr.get(f.order_ref ?? '');
    if (!order) return ok({ method: 'check', error: { message: 'E05:Invalid order reference', note: '' } });
    return ok({ method: 'check', order: { ref: f.order_ref, cartid: order.cart, status: { code: order.code, text: order.code === 3 ? 'Paid' : 'Pending' } } });
  }, controls.telr);

  const servers = { stripe, paypal, ngenius, telr };
  return {
    ...servers,
    /** The next non-token request to this provider gets `reply` instead. */
    failNext: (provider: Provider, reply: Reply) => { controls[provider].next = reply; },
    delay: (provider: Provider, ms: number) => { controls[provider].delayMs = ms; },
    /** The customer paid (Stripe, N-Genius, Telr) or approved the order (PayPal). */
    pay(provider: Provider, providerId: string) {
      if (provider === 'stripe') state.intents.get(providerId)!.status = 'succeeded';
      if (provider === 'paypal') state.orders.get(providerId)!.status = 'APPROVED';
      if (provider === 'ngenius') state.ngenius.get(providerId)!.state = 'PURCHASED';
      if (provider === 'telr') state.telr.get(providerId)!.code = 3;
    },
    close: () => Promise.all(Object.values(servers).map((s) => s.close())),
  };
}

export type FakePaymentProviders = Awaited<ReturnType<typeof startFakePaymentProviders>>;
