/** One claimed notification e-mail, as public.claim_notification_emails answers it. */
export interface ClaimedEmail {
  id: number;
  attempts: number;
  organization_id: string;
  sendgrid_connection_id: string | null;
  sendgrid_status: string | null;
  from_email: string | null;
  recipients: string[] | null;
  severity: 'info' | 'warning' | 'critical';
  title: string;
  body: string | null;
  connection_name: string | null;
  created_at: Date;
}

const dubai = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Dubai', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
});

/** DD/MM/YYYY HH:MM in Asia/Dubai, as the dashboard shows times. */
export function dubaiTime(at: Date): string {
  return dubai.format(at).replace(',', '');
}

/**
 * The SendGrid v3 Mail Send body for one notification: plain text, one personalization with
 * every recipient, a subject that leads with the severity, and a link to the notifications page.
 */
export function sendGridMessage(email: ClaimedEmail, dashboardUrl: string | null): Record<string, unknown> {
  const severity = email.severity === 'critical' ? 'Critical' : email.severity === 'warning' ? 'Warning' : 'Info';
  const lines = [
    email.title,
    '',
    ...(email.body ? [email.body, ''] : []),
    ...(email.connection_name ? [`Connection: ${email.connection_name}`] : []),
    `Severity: ${severity}`,
    `When: ${dubaiTime(email.created_at)} (Dubai)`,
    ...(dashboardUrl ? ['', `Open: ${dashboardUrl.replace(/\/+$/, '')}/integrations/notifications`] : []),
  ];
  return {
    personalizations: [{ to: (email.recipients ?? []).map((address) => ({ email: address })) }],
    from: { email: email.from_email, name: 'Integrations Hub' },
    subject: `[${severity}] ${email.title}`.slice(0, 200),
    content: [{ type: 'text/plain', value: lines.join('\n') }],
  };
}

/** What became of one e-mail: sent, worth another try later, or not (bad key, switched off). */
export type MailOutcome = { sent: true } | { sent: false; retry: boolean; error: string };

/** Safe words for an HTTP answer of SendGrid's: the status only, never its body. */
export function classifyStatus(status: number): MailOutcome {
  if (status >= 200 && status < 300) return { sent: true };
  const retry = status === 429 || status >= 500;
  return { sent: false, retry, error: `SendGrid ${retry ? 'could not take' : 'refused'} the e-mail (HTTP ${status}).` };
}
