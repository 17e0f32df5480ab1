import type { PaymentStatus } from './gateway.ts';

// Each provider's own status words → the hub's payment statuses. A payment that waits
// for the customer (to enter a card, approve, or finish a payment page) is
// `requires_action`; unknown words map to null, meaning "leave the status as it is".

const STRIPE: Record<string, PaymentStatus> = {
  requires_payment_method: 'requires_action',
  requires_confirmation: 'requires_action',
  requires_action: 'requires_action',
  processing: 'processing',
  requires_capture: 'processing',
  succeeded: 'succeeded',
  canceled: 'canceled',
};

// Orders v2: CREATED, SAVED, APPROVED, VOIDED, COMPLETED, PAYER_ACTION_REQUIRED.
const PAYPAL_ORDER: Record<string, PaymentStatus> = {
  CREATED: 'requires_action',
  SAVED: 'requires_action',
  PAYER_ACTION_REQUIRED: 'requires_action',
  APPROVED: 'processing',
  COMPLETED: 'succeeded',
  VOIDED: 'canceled',
};

// Captures: COMPLETED, PENDING, DECLINED, FAILED (REFUNDED ones are read from the payment's refunds).
const PAYPAL_CAPTURE: Record<string, PaymentStatus> = {
  COMPLETED: 'succeeded',
  PENDING: 'processing',
  DECLINED: 'failed',
  FAILED: 'failed',
};

// Payment states from N-Genius' docs and official plugin (PROVIDERS.md §3).
const NGENIUS: Record<string, PaymentStatus> = {
  STARTED: 'requires_action',
  AWAIT_3DS: 'requires_action',
  AUTHORISED: 'processing',
  CAPTURED: 'succeeded',
  PURCHASED: 'succeeded',
  FAILED: 'failed',
  DECLINED: 'failed',
  REVERSED: 'canceled',
  CANCELLED: 'canceled',
};

// Telr order status codes as third-party integrations read them (UNCONFIRMED from Telr's
// own page): 1 pending, 2 authorised, 3 paid, -1 expired, -2 cancelled, -3 declined.
const TELR: Record<string, PaymentStatus> = {
  '1': 'requires_action',
  '2': 'processing',
  '3': 'succeeded',
  '-1': 'canceled',
  '-2': 'canceled',
  '-3': 'failed',
};

const lookup = (table: Record<string, PaymentStatus>, key: string | null): PaymentStatus | null =>
  key !== null && Object.hasOwn(table, key) ? table[key]! : null;

export const stripeStatus = (status: string | null) => lookup(STRIPE, status);
export const paypalOrderStatus = (status: string | null) => lookup(PAYPAL_ORDER, status?.toUpperCase() ?? null);
export const paypalCaptureStatus = (status: string | null) => lookup(PAYPAL_CAPTURE, status?.toUpperCase() ?? null);
export const ngeniusStatus = (state: string | null) => lookup(NGENIUS, state?.toUpperCase() ?? null);
export const telrStatus = (code: string | null) => lookup(TELR, code?.trim() ?? null);

/**
 * The status a provider read may store, or null: the same forward-only rule the webhook
 * worker applies, so a reconcile and a late webhook can never disagree.
 */
export { nextPaymentStatus } from '../webhook-processing/status-order.ts';
