import { filsToDecimalString } from '../money/fils.ts';
import type { PaymentStatus } from './gateway.ts';

/** A public.payments row with its bigints as numbers (all below 2^53: MAX_FILS is 10^12). */
export interface Payment {
  id: string;
  organizationId: string;
  connectionId: string | null;
  amountFils: number;
  currency: string;
  chargedAmountMinor: number | null;
  chargedCurrency: string | null;
  conversionRate: string | null;
  orderReference: string;
  status: PaymentStatus;
  providerPaymentId: string | null;
  providerReference: string | null;
  approvalUrl: string | null;
  failureReason: string | null;
  refundedFils: number;
  createdAt: Date;
}

// postgres.js hands int8 and numeric over as strings, which is what keeps them exact.
const int = (value: unknown): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`not a safe integer: ${String(value)}`);
  return n;
};

const trimDecimal = (text: string) => (text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text);

export function toPayment(row: Record<string, unknown>): Payment {
  return {
    id: row.id as string,
    organizationId: row.organization_id as string,
    connectionId: (row.connection_id as string | null) ?? null,
    amountFils: int(row.amount_fils),
    currency: String(row.currency).trim(),
    chargedAmountMinor: row.charged_amount_minor === null ? null : int(row.charged_amount_minor),
    chargedCurrency: row.charged_currency === null ? null : String(row.charged_currency).trim(),
    // numeric(20,10) pads with zeros; the rate is shown as configured.
    conversionRate: row.conversion_rate === null ? null : trimDecimal(String(row.conversion_rate)),
    orderReference: row.order_reference as string,
    status: row.status as PaymentStatus,
    providerPaymentId: (row.provider_payment_id as string | null) ?? null,
    providerReference: (row.provider_reference as string | null) ?? null,
    approvalUrl: (row.approval_url as string | null) ?? null,
    failureReason: (row.failure_reason as string | null) ?? null,
    refundedFils: int(row.refunded_fils),
    createdAt: row.created_at as Date,
  };
}

/** Created but not yet answered by the provider: either in flight or free to (re)try. */
export const awaitsProvider = (p: Payment) => p.status === 'created' && p.providerPaymentId === null;

/** The payment as the API answers it: fils and their decimal text, never a float. */
export function paymentView(p: Payment, provider: string | null) {
  return {
    id: p.id,
    status: p.status,
    provider,
    connection_id: p.connectionId,
    provider_payment_id: p.providerPaymentId,
    amount_fils: p.amountFils,
    amount: filsToDecimalString(p.amountFils),
    currency: p.currency,
    refunded_fils: p.refundedFils,
    order_reference: p.orderReference,
    conversion: p.chargedCurrency && p.chargedAmountMinor !== null
      ? { currency: p.chargedCurrency, rate: p.conversionRate, amount_minor: p.chargedAmountMinor }
      : null,
    approval_url: p.approvalUrl,
    failure_reason: p.failureReason,
    created_at: p.createdAt.toISOString(),
  };
}
