import type { BadgeTone } from '@/components/ui/badge';
import type { PaymentProvider, PaymentStatus } from '@/lib/payments/payments.schema';

// Labels are in the `payments` dictionary (lib/i18n).
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

/** Brand names: the same in every language. */
export const PROVIDER_LABELS: Record<PaymentProvider, string> = {
  stripe: 'Stripe',
  paypal: 'PayPal',
  network_international: 'Network International',
  telr: 'Telr',
};
