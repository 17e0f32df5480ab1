// Telr transaction advice (form fields). tran_status: A authorised, H on hold, D declined,
// E error, C cancelled, X expired; tran_type: sale, auth, capture, void, refund, …
// Which id the hub stored for the payment depends on how it was created, so the cart id
// and the transaction references are all tried.
import { ignore, type PaymentStatus, type WebhookAction } from '../actions.ts';
import { decimalToMinor } from '../money.ts';
import { ids, str } from '../read-payload.ts';

function paymentStatus(type: string, status: string): PaymentStatus | null {
  if (status === 'D' || status === 'E') return 'failed';
  if (status === 'C' || status === 'X') return 'canceled';
  if (status === 'H') return 'processing';
  if (status !== 'A') return null;
  if (type === 'sale' || type === 'capture') return 'succeeded';
  if (type === 'auth') return 'processing';
  if (type === 'void' || type === 'cancel') return 'canceled';
  return null;
}

export function normalizeTelr(eventType: string | null, payload: unknown): WebhookAction[] {
  const type = (eventType ?? str(payload, 'tran_type') ?? '').toLowerCase();
  const status = (str(payload, 'tran_status') ?? '').toUpperCase();
  const paymentIds = ids(str(payload, 'tran_cartid'), str(payload, 'tran_firstref'), str(payload, 'tran_prevref'), str(payload, 'tran_ref'));
  if (paymentIds.length === 0) return [ignore('advice without a cart id or transaction reference')];
  if (type === 'refund') {
    if (status !== 'A') return [ignore(`refund advice with status ${status || 'none'}`)];
    const amount = decimalToMinor(str(payload, 'tran_amount'), str(payload, 'tran_currency') ?? 'AED');
    const refundId = str(payload, 'tran_ref');
    return [{
      kind: 'refund',
      // The refund's own reference is not the payment's: match on the original ones.
      providerPaymentIds: paymentIds.filter((id) => id !== refundId),
      full: false,
      ...(amount !== null ? { amountMinor: amount } : {}),
      ...(refundId ? { providerRefundId: refundId } : {}),
    }];
  }
  const next = paymentStatus(type, status);
  if (!next) return [ignore(`no payment change for ${type || 'advice'} with status ${status || 'none'}`)];
  const reason = next === 'failed' ? str(payload, 'tran_authmessage') ?? 'declined' : undefined;
  return [{ kind: 'payment', providerPaymentIds: paymentIds, status: next, ...(reason ? { failureReason: reason } : {}) }];
}
