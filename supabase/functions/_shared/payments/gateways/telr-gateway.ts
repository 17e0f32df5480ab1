import { HttpError } from '../../http/errors.ts';
import { encodeForm } from '../../outbound/body.ts';
import { filsToDecimalString } from '../../money/fils.ts';
import type { GatewayContext, PaymentGateway } from '../gateway.ts';
import { providerRequest, text } from '../provider-request.ts';
import { refused } from '../provider-call-error.ts';
import { telrStatus } from '../provider-status.ts';

// Telr Hosted Payment Page (PROVIDERS.md §4): order.json with ivp_method=create|check.
// Credentials (ivp_store, ivp_authkey) are added to the form by the outbound layer.
// The cart id is the hub's payment id: unique per payment (Telr refuses a repeat with
// E56), and what Telr's transaction advice carries back as tran_cartid.

/** Telr answers refusals with HTTP 200 and {"error":{"message":"E05:…","note":"…"}}. */
function telrError(body: unknown): string | null {
  const message = text(body, 'error', 'message');
  if (!message) return null;
  const note = text(body, 'error', 'note');
  return note ? `${message} (${note})` : message;
}

async function orderCall(ctx: GatewayContext, fields: Record<string, string>): Promise<unknown> {
  const body = await providerRequest(ctx, {
    method: 'POST',
    path: '/order.json',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: encodeForm(fields),
    errorMessage: telrError,
  });
  const error = telrError(body);
  if (error) throw refused(ctx.provider.name, error);
  return body;
}

export const TELR_REFUND_MESSAGE =
  'Telr refunds are made in the Telr Merchant Admin dashboard: the Hosted Payment Page API (order.json) has no refund ' +
  'method and Telr\'s remote API needs separate PCI DSS approval. Refund the payment there; Telr\'s transaction advice ' +
  'then records the refund here.';

export const telrGateway: PaymentGateway = {
  requiresReturnUrl: true,
  refundUnsupported: TELR_REFUND_MESSAGE,

  async create(ctx, charge) {
    const returnUrl = charge.returnUrl!;
    const [firstName, ...rest] = (charge.customer.name ?? '').split(/\s+/).filter(Boolean);
    const order = await orderCall(ctx, {
      ivp_method: 'create',
      ivp_test: ctx.connection.environment === 'sandbox' ? '1' : '0',
      ivp_cart: charge.paymentId,
      ivp_amount: filsToDecimalString(charge.plan.amountMinor),
      ivp_currency: charge.plan.currency,
      ivp_desc: charge.description ?? `Order ${charge.orderReference}`,
      return_auth: returnUrl,
      return_decl: charge.cancelUrl ?? returnUrl,
      return_can: charge.cancelUrl ?? returnUrl,
      ...(charge.customer.email ? { bill_email: charge.customer.email } : {}),
      ...(firstName ? { bill_fname: firstName } : {}),
      ...(rest.length ? { bill_sname: rest.join(' ') } : {}),
    });
    const ref = text(order, 'order', 'ref');
    const url = text(order, 'order', 'url');
    if (!ref || !url) throw refused(ctx.provider.name, 'the order was answered without a reference or payment URL');
    return { providerPaymentId: charge.paymentId, providerReference: ref, status: 'requires_action', approvalUrl: url, clientSecret: null };
  },

  async status(ctx, charge) {
    if (!charge.providerReference) throw new HttpError('conflict', 'This Telr payment has no order reference to check.');
    const order = await orderCall(ctx, { ivp_method: 'check', order_ref: charge.providerReference });
    const status = telrStatus(text(order, 'order', 'status', 'code')) ?? 'requires_action';
    return { status, failureReason: status === 'failed' ? text(order, 'order', 'transaction', 'message') ?? text(order, 'order', 'status', 'text') : null };
  },

  capture: () => Promise.reject(new HttpError('conflict', 'Telr hosted payment page sales are captured automatically.')),

  refund: () => Promise.reject(new HttpError('provider_refused', TELR_REFUND_MESSAGE)),
};
