import type { BadgeTone } from '@/components/ui/badge';
import type { NotificationKind, NotificationSeverity } from '@/lib/notifications/notifications.schema';

export const KIND_LABELS: Record<NotificationKind, string> = {
  health_changed: 'Health changed',
  rate_limit_crossed: 'Rate limit crossed',
  webhook_dead_letter: 'Webhook dead letter',
  token_refresh_failed: 'Token refresh failed',
  social_activity: 'Social activity',
  order_event: 'Order event',
  payment_event: 'Payment event',
  system: 'System',
};

export const SEVERITY_STYLES: Record<NotificationSeverity, { tone: BadgeTone; text: string; border: string }> = {
  info: { tone: 'info', text: 'Info', border: 'border-s-sky-500' },
  warning: { tone: 'warning', text: 'Warning', border: 'border-s-amber-500' },
  critical: { tone: 'danger', text: 'Critical', border: 'border-s-rose-600' },
};
