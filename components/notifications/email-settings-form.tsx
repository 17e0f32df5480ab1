'use client';

import { useActionState, useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { INPUT, PRIMARY_BUTTON } from '@/components/setup/form-styles';
import { IDLE, type ActionState } from '@/lib/actions/action-state';
import type { EmailSettings, SendGridConnection } from '@/lib/notifications/email-settings.schema';
import { saveEmailSettingsAction } from '@/lib/notifications/email-settings.actions';

const LABEL = 'text-sm font-medium text-slate-800';
const HELP = 'text-xs text-slate-600';
const ERROR = 'text-sm text-rose-700';

/** Admins only: switch e-mail alerts on, pick the SendGrid connection, sender, recipients and severity. */
export function EmailSettingsForm({ settings, connections }: { settings: EmailSettings | null; connections: SendGridConnection[] }) {
  const { t } = useI18n();
  const e = t.notifications.email;
  // Controlled, so a refused submit keeps what was typed.
  const [enabled, setEnabled] = useState(settings?.enabled ?? false);
  const [connection, setConnection] = useState(settings?.sendgrid_connection_id ?? '');
  const [from, setFrom] = useState(settings?.from_email ?? '');
  const [recipients, setRecipients] = useState(settings?.recipients.join('\n') ?? '');
  const [severity, setSeverity] = useState(settings?.min_severity ?? 'critical');
  const [state, action, pending] = useActionState<ActionState, FormData>(saveEmailSettingsAction, IDLE);
  const errors = state.status === 'error' ? state.fieldErrors ?? {} : {};
  const fieldError = (name: string) => (errors[name] ? <p role="alert" className={ERROR} data-test={`email-error-${name}`}>{errors[name][0]}</p> : null);

  return (
    <form action={action} data-test="email-settings-form" className="flex flex-col gap-4">
      {/* React resets a form after its action; the choices travel in hidden fields fed by state. */}
      <input type="hidden" name="enabled" value={enabled ? 'on' : ''} />
      <input type="hidden" name="sendgrid_connection_id" value={connection} />
      <input type="hidden" name="min_severity" value={severity} />
      <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
        <input type="checkbox" checked={enabled} onChange={(ev) => setEnabled(ev.target.checked)} data-test="email-enabled" />
        {e.enabled}
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <label htmlFor="email-connection" className={LABEL}>{e.connection}</label>
          {connections.length === 0 ? <p className={HELP} data-test="email-no-connections">{e.noConnections}</p> : null}
          <select id="email-connection" value={connection} onChange={(ev) => setConnection(ev.target.value)}
            aria-invalid={Boolean(errors.sendgrid_connection_id) || undefined} data-test="email-connection" className={INPUT}>
            <option value="">{e.chooseConnection}</option>
            {connections.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
          {fieldError('sendgrid_connection_id')}
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="email-from" className={LABEL}>{e.fromEmail}</label>
          <input id="email-from" name="from_email" type="email" dir="ltr" value={from} onChange={(ev) => setFrom(ev.target.value)} required maxLength={254}
            aria-describedby="email-from-help" aria-invalid={Boolean(errors.from_email) || undefined} data-test="email-from" className={INPUT} />
          <p id="email-from-help" className={HELP}>{e.fromHelp}</p>
          {fieldError('from_email')}
        </div>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="email-recipients" className={LABEL}>{e.recipients}</label>
        <textarea id="email-recipients" name="recipients" dir="ltr" rows={3} value={recipients} onChange={(ev) => setRecipients(ev.target.value)}
          aria-describedby="email-recipients-help" aria-invalid={Boolean(errors.recipients) || undefined} data-test="email-recipients" className={INPUT} />
        <p id="email-recipients-help" className={HELP}>{e.recipientsHelp}</p>
        {fieldError('recipients')}
      </div>
      <div className="flex flex-col gap-1.5 sm:w-1/2">
        <label htmlFor="email-severity" className={LABEL}>{e.minSeverity}</label>
        <select id="email-severity" value={severity} onChange={(ev) => setSeverity(ev.target.value as 'warning' | 'critical')}
          data-test="email-severity" className={INPUT}>
          <option value="critical">{e.severityCritical}</option>
          <option value="warning">{e.severityWarning}</option>
        </select>
      </div>
      {state.status === 'error' && Object.keys(errors).length === 0 ? <p role="alert" className={ERROR} data-test="email-settings-error">{state.message}</p> : null}
      {state.status === 'success' ? <p role="status" className="text-sm text-emerald-700" data-test="email-settings-saved">{state.message}</p> : null}
      <button type="submit" disabled={pending} data-test="email-settings-save" className={`${PRIMARY_BUTTON} w-fit`}>{pending ? e.saving : e.save}</button>
    </form>
  );
}
