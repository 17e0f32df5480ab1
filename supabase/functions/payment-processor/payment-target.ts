import { HttpError } from '../_shared/http/errors.ts';
import type { PaymentGateway, StoredCharge } from '../_shared/payments/gateway.ts';
import { gatewayFor } from '../_shared/payments/gateways/gateway-for.ts';
import type { ProcessorDeps } from '../_shared/payments/open-gateway.ts';
import { assertMayAct, type PaymentCaller } from '../_shared/payments/payment-caller.ts';
import { loadPaymentConnection, type PaymentConnection } from '../_shared/payments/payment-connection.ts';
import type { Payment } from '../_shared/payments/payment-row.ts';
import { findPayment } from '../_shared/payments/payment-store.ts';

/**
 * An existing payment the caller may act on (refund, capture, status check), with the
 * connection and gateway it was taken through. Another organization's payment is a 404,
 * a viewer's request a 403.
 */
export async function authorizedPayment(
  deps: ProcessorDeps,
  caller: PaymentCaller,
  paymentId: string,
): Promise<{ payment: Payment; connection: PaymentConnection; gateway: PaymentGateway }> {
  const payment = await findPayment(deps.sql, paymentId);
  if (!payment) throw new HttpError('not_found', 'No such payment.');
  await assertMayAct(deps.sql, caller, { kind: 'payment', id: payment.id, organizationId: payment.organizationId, connectionId: payment.connectionId });
  if (!payment.connectionId) throw new HttpError('conflict', 'The payment\'s connection was deleted; act on it in the provider\'s dashboard.');
  const connection = await loadPaymentConnection(deps.sql, payment.connectionId);
  return { payment, connection, gateway: gatewayFor(connection.provider.slug, connection.provider.name) };
}

/** What a provider needs to find a recorded payment again. */
export function storedCharge(payment: Payment): StoredCharge {
  if (!payment.providerPaymentId) throw new HttpError('conflict', 'The provider has not answered for this payment yet; nothing to act on.');
  return {
    paymentId: payment.id,
    providerPaymentId: payment.providerPaymentId,
    providerReference: payment.providerReference,
    chargedCurrency: payment.chargedCurrency ?? payment.currency,
  };
}
