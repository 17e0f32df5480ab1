import { HttpError } from '../../http/errors.ts';
import { requireSecret } from '../../outbound/credentials.ts';
import type { GatewayContext, PaymentGateway, StoredCharge } from '../gateway.ts';
import { field, jsonBody, providerRequest, text } from '../provider-request.ts';
import { refused } from '../provider-call-error.ts';
import { ngeniusStatus } from '../provider-status.ts';

// Network International N-Genius Online (PROVIDERS.md §3): a 5-minute access token (cached
// by the outbound layer), then orders on the connection's outlet in AED minor units.
// N-Genius documents no idempotency header, so the hub's payment id travels as
// merchantOrderReference and a retry after a timeout may open a second payment page;
// only the page the customer completes takes money.

const PAYMENT_TYPE = 'application/vnd.ni-payment.v2+json';

function ngeniusMessage(body: unknown): string | null {
  return text(body, 'errors', 0, 'localizedMessage') ?? text(body, 'errors', 0, 'message') ?? text(body, 'message');
}

function outletPath(ctx: GatewayContext): string {
  const outlet = requireSecret(ctx.secrets, 'outlet_reference').trim();
  if (!/^[0-9a-fA-F-]{36}$/.test(outlet)) throw new HttpError('conflict', 'The connection\'s outlet reference is not a UUID.');
  return `/transactions/outlets/${outlet}/orders`;
}

const call = (ctx: GatewayContext, method: 'GET' | 'POST', path: string | URL, body?: unknown) =>
  providerRequest(ctx, {
    method,
    path,
    headers: { accept: PAYMENT_TYPE, ...(body === undefined ? {} : { 'content-type': PAYMENT_TYPE }) },
    body: body === undefined ? null : jsonBody(body),
    errorMessage: ngeniusMessage,
  });

const readOrder = (ctx: GatewayContext, charge: StoredCharge) =>
  call(ctx, 'GET', `${outletPath(ctx)}/${encodeURIComponent(charge.providerPaymentId)}`);

/** Where N-Genius says this payment can be refunded: on the purchase, or on its capture. */
function refundLink(payment: unknown): string | null {
  return text(payment, '_links', 'cnp:refund', 'href') ?? text(payment, '_embedded', 'cnp:capture', 0, '_links', 'cnp:refund', 'href');
}

export const ngeniusGateway: PaymentGateway = {
  requiresReturnUrl: false,
  refundUnsupported: null,

  async create(ctx, charge) {
    const order = await call(ctx, 'POST', outletPath(ctx), {
      // PURCHASE authorises and captures in one step, like Stripe's automatic capture.
      action: 'PURCHASE',
      amount: { currencyCode: charge.plan.currency, value: charge.plan.amountMinor },
      merchantOrderReference: charge.paymentId,
      ...(charge.customer.email ? { emailAddress: charge.customer.email } : {}),
      ...(charge.returnUrl ? { merchantAttributes: { redirectUrl: charge.returnUrl, ...(charge.cancelUrl ? { cancelUrl: charge.cancelUrl } : {}) } } : {}),
      merchantDefinedData: { order_reference: charge.orderReference },
    });
    const reference = text(order, 'reference');
    if (!reference) throw refused(ctx.provider.name, 'the order was answered without a reference');
    return {
      providerPaymentId: reference,
      providerReference: null,
      status: ngeniusStatus(text(order, '_embedded', 'payment', 0, 'state')) ?? 'requires_action',
      approvalUrl: text(order, '_links', 'payment', 'href'),
      clientSecret: null,
    };
  },

  async status(ctx, charge) {
    const payment = field(await readOrder(ctx, charge), '_embedded', 'payment', 0);
    const state = text(payment, 'state');
    return { status: ngeniusStatus(state) ?? 'requires_action', failureReason: state === 'FAILED' ? text(payment, 'authResponse', 'resultMessage') : null };
  },

  capture: () => Promise.reject(new HttpError('conflict', 'Network International orders are created as PURCHASE and captured automatically.')),

  async refund(ctx, request) {
    const payment = field(await readOrder(ctx, request.charge), '_embedded', 'payment', 0);
    const link = refundLink(payment);
    if (!link) throw refused(ctx.provider.name, `the payment (state ${text(payment, 'state') ?? 'unknown'}) offers no refund`);
    // The link is the provider's own; the outbound layer still checks its host.
    const result = await call(ctx, 'POST', new URL(link), { amount: { currencyCode: request.charge.chargedCurrency, value: request.amountMinor } });
    const self = text(result, '_links', 'self', 'href');
    return { providerRefundId: text(result, 'reference') ?? self?.split('/').filter(Boolean).pop() ?? null, status: 'succeeded' };
  },
};
