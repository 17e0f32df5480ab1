import { HttpError } from '../../http/errors.ts';
import { minorToDecimalString } from '../currency-conversion.ts';
import type { GatewayContext, PaymentGateway, StoredCharge } from '../gateway.ts';
import { providerRequest, field, jsonBody, text } from '../provider-request.ts';
import { refused } from '../provider-call-error.ts';
import { paypalCaptureStatus, paypalOrderStatus } from '../provider-status.ts';

// PayPal Orders v2 (PROVIDERS.md §2). The OAuth token comes from the outbound layer's
// client-credentials cache; PayPal-Request-Id makes each create, capture and refund
// idempotent at PayPal. AED never reaches PayPal: charge-plan.ts converts first.

/** "CURRENCY_NOT_SUPPORTED: Currency code is not supported": the first detail, else the summary. */
function paypalMessage(body: unknown): string | null {
  const issue = text(body, 'details', 0, 'issue');
  const description = text(body, 'details', 0, 'description');
  if (issue || description) return [issue, description].filter(Boolean).join(': ');
  return text(body, 'message') ?? text(body, 'error_description') ?? text(body, 'name');
}

const call = (ctx: GatewayContext, method: 'GET' | 'POST', path: string, requestId: string | null, body?: unknown) =>
  providerRequest(ctx, {
    method,
    path,
    headers: {
      ...(body !== undefined || method === 'POST' ? { 'content-type': 'application/json' } : {}),
      ...(requestId ? { 'PayPal-Request-Id': requestId } : {}),
      prefer: 'return=representation',
    },
    body: body === undefined ? null : jsonBody(body),
    errorMessage: paypalMessage,
  });

const orderPath = (charge: StoredCharge) => `/v2/checkout/orders/${encodeURIComponent(charge.providerPaymentId)}`;

/** The order's first capture, wherever PayPal put it. */
function firstCapture(order: unknown): unknown {
  return field(order, 'purchase_units', 0, 'payments', 'captures', 0);
}

function approvalLink(order: unknown): string | null {
  const links = field(order, 'links');
  if (!Array.isArray(links)) return null;
  const link = links.find((l) => ['approve', 'payer-action'].includes(text(l, 'rel') ?? ''));
  return text(link, 'href');
}

export const paypalGateway: PaymentGateway = {
  requiresReturnUrl: false,
  refundUnsupported: null,

  async create(ctx, charge) {
    const experience = charge.returnUrl
      ? { payment_source: { paypal: { experience_context: { return_url: charge.returnUrl, cancel_url: charge.cancelUrl ?? charge.returnUrl, user_action: 'PAY_NOW' } } } }
      : {};
    const order = await call(ctx, 'POST', '/v2/checkout/orders', `hub-payment-${charge.paymentId}`, {
      intent: 'CAPTURE',
      purchase_units: [{
        reference_id: charge.orderReference,
        custom_id: charge.paymentId,
        ...(charge.description ? { description: charge.description.slice(0, 127) } : {}),
        amount: { currency_code: charge.plan.currency, value: minorToDecimalString(charge.plan.amountMinor, charge.plan.currency) },
      }],
      ...experience,
    });
    const id = text(order, 'id');
    if (!id) throw refused(ctx.provider.name, 'the order was answered without an id');
    return {
      providerPaymentId: id,
      providerReference: null,
      status: paypalOrderStatus(text(order, 'status')) ?? 'requires_action',
      approvalUrl: approvalLink(order),
      clientSecret: null,
    };
  },

  async status(ctx, charge) {
    const order = await call(ctx, 'GET', orderPath(charge), null);
    const capture = firstCapture(order);
    const status = paypalCaptureStatus(text(capture, 'status')) ?? paypalOrderStatus(text(order, 'status')) ?? 'requires_action';
    return { status, providerReference: text(capture, 'id'), failureReason: text(capture, 'status_details', 'reason') };
  },

  /** After the buyer approved: takes the money. */
  async capture(ctx, charge) {
    const order = await call(ctx, 'POST', `${orderPath(charge)}/capture`, `hub-capture-${charge.paymentId}`);
    const capture = firstCapture(order);
    const status = paypalCaptureStatus(text(capture, 'status')) ?? paypalOrderStatus(text(order, 'status')) ?? 'processing';
    return { status, providerReference: text(capture, 'id'), failureReason: text(capture, 'status_details', 'reason') };
  },

  async refund(ctx, request) {
    // A payment captured outside the hub (or marked paid by a webhook) has no capture id yet.
    const captureId = request.charge.providerReference ?? (await paypalGateway.status(ctx, request.charge)).providerReference;
    if (!captureId) throw new HttpError('conflict', 'This PayPal order has no capture to refund yet; capture it first.');
    const currency = request.charge.chargedCurrency;
    const refund = await call(ctx, 'POST', `/v2/payments/captures/${encodeURIComponent(captureId)}/refund`, request.providerIdempotencyKey, {
      amount: { value: minorToDecimalString(request.amountMinor, currency), currency_code: currency },
      ...(request.reason ? { note_to_payer: request.reason.slice(0, 255) } : {}),
    });
    const status = text(refund, 'status');
    if (status === 'FAILED' || status === 'CANCELLED') throw refused(ctx.provider.name, text(refund, 'status_details', 'reason') ?? `refund ${status}`);
    return { providerRefundId: text(refund, 'id'), status: status === 'COMPLETED' ? 'succeeded' : 'pending' };
  },
};
