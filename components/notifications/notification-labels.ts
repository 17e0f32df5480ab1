import type { BadgeTone } from '@/components/ui/badge';
import type { NotificationSeverity } from '@/lib/notifications/notifications.schema';

// Kind and severity labels are in the `notifications` dictionary (lib/i18n).
export const SEVERITY_STYLES: Record<NotificationSeverity, { tone: BadgeTone; border: string }> = {
  info: { tone: 'info', border: 'border-s-sky-500' },
  warning: { tone: 'warning', border: 'border-s-amber-500' },
  critical: { tone: 'danger', border: 'border-s-rose-600' },
};
