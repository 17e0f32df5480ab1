import { Badge } from '@/components/ui/badge';
import { fill } from '@/lib/i18n/fill';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { PaymentStatus } from '@/lib/payments/payments.schema';
import { STATUS_TONES } from './payment-labels';

export function PaymentStatusBadge({ status, t }: { status: PaymentStatus; t: Dictionary['payments'] }) {
  const label = t.statuses[status];
  return (
    <Badge tone={STATUS_TONES[status]} label={fill(t.statusLabel, { status: label })} dataTest="payment-status" withDot>
      {label}
    </Badge>
  );
}
