import { useI18n } from '@/components/providers/locale-provider';
import { Badge } from '@/components/ui/badge';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import { fill } from '@/lib/i18n/fill';
import type { NotificationItem } from '@/lib/notifications/notifications.schema';
import { MarkReadButton } from './mark-read-button';
import { SEVERITY_STYLES } from './notification-labels';

interface NotificationRowProps {
  notification: NotificationItem;
  onMarked: (id: string, message: string | undefined) => void;
}

export function NotificationRow({ notification: n, onMarked }: NotificationRowProps) {
  const { t: dictionary } = useI18n();
  const t = dictionary.notifications;
  const unread = n.read_at === null;
  const severity = SEVERITY_STYLES[n.severity];
  const severityText = t.severities[n.severity];
  const titleId = `notification-${n.id}-title`;

  return (
    <li
      data-test="notification-row"
      data-notification-id={n.id}
      data-read={unread ? 'false' : 'true'}
      data-severity={n.severity}
      className={`flex flex-col gap-3 rounded-lg border border-s-4 p-4 sm:flex-row sm:items-start sm:justify-between ${severity.border} ${
        unread ? 'border-y-indigo-200 border-e-indigo-200 bg-indigo-50/70 shadow-sm' : 'border-y-slate-200 border-e-slate-200 bg-white'
      }`}
    >
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={severity.tone} label={fill(t.severityLabel, { severity: severityText })} dataTest="notification-severity" withDot>
            {severityText}
          </Badge>
          <span className="text-xs text-slate-500" data-test="notification-kind">
            {t.kinds[n.kind]}
          </span>
          {unread ? (
            <span className="inline-flex items-center gap-1 text-xs font-semibold text-indigo-700">
              <span aria-hidden="true" className="size-2 rounded-full bg-indigo-600" />
              {t.unread}
            </span>
          ) : null}
        </div>
        <h3
          id={titleId}
          data-test="notification-title"
          className={`mt-1.5 break-words text-sm ${unread ? 'font-semibold text-slate-900' : 'font-medium text-slate-700'}`}
        >
          {n.title}
        </h3>
        {n.body ? (
          <p data-test="notification-body" className="mt-1 whitespace-pre-line break-words text-sm text-slate-600">
            {n.body}
          </p>
        ) : null}
        <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-500">
          <span data-test="notification-connection">{n.connection_name ?? t.organizationWide}</span>
          <time data-test="notification-time" dateTime={n.created_at.toISOString()} className="tabular-nums">
            {formatDubaiDateTime(n.created_at)}
          </time>
        </p>
      </div>
      {unread ? <MarkReadButton id={n.id} title={n.title} onMarked={onMarked} /> : null}
    </li>
  );
}
