import type { BadgeTone } from '@/components/ui/badge';
import type { PaymentProvider, PaymentStatus } from '@/lib/payments/payments.schema';

export const STATUS_LABELS: Record<PaymentStatus, string> = {
  created: 'Created',
  requires_action: 'Awaiting customer',
  processing: 'Processing',
  succeeded: 'Paid',
  failed: 'Failed',
  canceled: 'Canceled',
  partially_refunded: 'Partially refunded',
  refunded: 'Refunded',
};

export const STATUS_TONES: Record<PaymentStatus, BadgeTone> = {
  created: 'neutral',
  requires_action: 'info',
  processing: 'info',
  succeeded: 'success',
  failed: 'danger',
  canceled: 'neutral',
  partially_refunded: 'warning',
  refunded: 'warning',
};

export const PROVIDER_LABELS: Record<PaymentProvider, string> = {
  stripe: 'Stripe',
  paypal: 'PayPal',
  network_international: 'Network International',
  telr: 'Telr',
};

/** What moved a payment (payment_status_history.source). */
export const SOURCE_LABELS: Record<string, string> = {
  api: 'API',
  webhook: 'Provider webhook',
  reconcile: 'Status check',
  admin: 'Admin',
};

export const REQUESTER_LABELS: Record<string, string> = {
  user: 'an admin',
  api_key: 'an API key',
  service: 'a platform service',
  provider: 'the provider',
};
