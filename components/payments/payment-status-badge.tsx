import { Badge } from '@/components/ui/badge';
import type { PaymentStatus } from '@/lib/payments/payments.schema';
import { STATUS_LABELS, STATUS_TONES } from './payment-labels';

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  return (
    <Badge tone={STATUS_TONES[status]} label={`Status: ${STATUS_LABELS[status]}`} dataTest="payment-status" withDot>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
