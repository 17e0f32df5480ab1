import type { OutboundDeps } from '../outbound/send.ts';
import type { OutboundConnection, OutboundProvider, Secrets } from '../outbound/types.ts';
import type { PaymentStatus } from '../webhook-processing/actions.ts';
import type { ChargePlan } from './charge-plan.ts';
import type { Customer } from './payment-request.schema.ts';

export type { PaymentStatus };

/** One connection's way out to its provider: the outbound layer's inputs plus the decrypted secrets. */
export interface GatewayContext {
  deps: OutboundDeps;
  provider: OutboundProvider & { name: string };
  connection: OutboundConnection & { id: string };
  secrets: Secrets;
  timeoutMs: number;
}

export interface CreateCharge {
  /** The hub's payment id: provider idempotency keys and references derive from it, so retries reuse them. */
  paymentId: string;
  plan: ChargePlan;
  orderReference: string;
  description: string | null;
  customer: Customer;
  returnUrl: string | null;
  cancelUrl: string | null;
}

export interface CreatedCharge {
  /** The id the provider's webhooks carry (Stripe PaymentIntent, PayPal order, N-Genius order, Telr cart). */
  providerPaymentId: string;
  providerReference: string | null;
  status: PaymentStatus;
  /** Where the customer goes to pay (PayPal approval, N-Genius or Telr payment page). */
  approvalUrl: string | null;
  /** Stripe only; handed to the caller, never stored. */
  clientSecret: string | null;
}

export interface StoredCharge {
  paymentId: string;
  providerPaymentId: string;
  providerReference: string | null;
  chargedCurrency: string;
}

export interface RefundRequest {
  charge: StoredCharge;
  /** In the currency the provider charged (AED fils, or the converted currency's minor units). */
  amountMinor: number;
  /** Deterministic per (payment, caller's key), so a retried refund is the same refund at the provider. */
  providerIdempotencyKey: string;
  reason: string | null;
}

export interface RefundResult {
  providerRefundId: string | null;
  status: 'succeeded' | 'pending';
}

export interface StatusResult {
  status: PaymentStatus;
  providerReference?: string | null;
  failureReason?: string | null;
}

/** What each payment provider implements; anything it cannot do throws a clear 422. */
export interface PaymentGateway {
  /** Hosted pages need somewhere to send the customer back to. */
  requiresReturnUrl: boolean;
  /** Why refunds cannot go through the API (said before anything is recorded), or null. */
  refundUnsupported: string | null;
  create(ctx: GatewayContext, charge: CreateCharge): Promise<CreatedCharge>;
  /** Re-reads what a replay must answer but the hub never stores (Stripe's client secret); absent elsewhere. */
  replaySecret?(ctx: GatewayContext, charge: StoredCharge): Promise<string | null>;
  status(ctx: GatewayContext, charge: StoredCharge): Promise<StatusResult>;
  capture(ctx: GatewayContext, charge: StoredCharge): Promise<StatusResult>;
  refund(ctx: GatewayContext, request: RefundRequest): Promise<RefundResult>;
}
