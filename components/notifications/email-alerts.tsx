import { CELL, EmptyRows, ScrollTable, TIME_CELL } from '@/components/connection/detail-section';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { fill } from '@/lib/i18n/fill';
import type { EmailDelivery, EmailSettings, SendGridConnection } from '@/lib/notifications/email-settings.schema';
import { EmailSettingsForm } from './email-settings-form';

const STATUS_STYLE = { pending: 'bg-amber-50 text-amber-800', sent: 'bg-emerald-50 text-emerald-800', failed: 'bg-rose-50 text-rose-800' } as const;

interface EmailAlertsProps {
  settings: EmailSettings | null;
  connections: SendGridConnection[];
  deliveries: EmailDelivery[];
  canManage: boolean;
  t: Dictionary['notifications']['email'];
}

/** "E-mail alerts": the settings (a form for admins, a summary for viewers) and the latest e-mails. */
export function EmailAlerts({ settings, connections, deliveries, canManage, t }: EmailAlertsProps) {
  const connectionName = connections.find((c) => c.id === settings?.sendgrid_connection_id)?.name ?? '';
  return (
    <section aria-labelledby="email-alerts-title" data-test="email-alerts" className="mt-10 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="email-alerts-title" className="text-lg font-semibold text-slate-900">{t.title}</h2>
      <p className="mt-1 mb-4 text-sm text-slate-600">{t.intro}</p>
      {canManage ? (
        <EmailSettingsForm settings={settings} connections={connections} />
      ) : (
        <div className="flex flex-col gap-1 text-sm text-slate-700" data-test="email-settings-summary">
          <p>
            {settings?.enabled
              ? fill(t.onSummary, {
                recipients: settings.recipients.join(', '),
                connection: connectionName,
                severity: settings.min_severity === 'warning' ? t.severityWarning : t.severityCritical,
              })
              : t.off}
          </p>
          <p className="text-xs text-slate-500">{t.readOnly}</p>
        </div>
      )}
      <h3 className="mt-6 mb-2 text-sm font-semibold text-slate-800">{t.recent}</h3>
      {deliveries.length === 0 ? (
        <EmptyRows test="email-deliveries-empty">{t.noRecent}</EmptyRows>
      ) : (
        <ScrollTable label={t.recent} head={[t.columns.title, t.columns.status, t.columns.detail, t.columns.at]}>
          {deliveries.map((d) => (
            <tr key={d.id} data-test="email-delivery" data-status={d.status}>
              <td className={`${CELL} font-medium text-slate-900`}>{d.title}</td>
              <td className={CELL}>
                <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[d.status]}`}>{t.status[d.status]}</span>
              </td>
              <td className={`${CELL} text-xs text-slate-600`}>{d.last_error ?? fill(t.attempts, { count: d.attempts })}</td>
              <td className={TIME_CELL}>{formatDubaiDateTime(d.sent_at ?? d.created_at)}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}
