import { describe, expect, it } from 'vitest';
import { classifyStatus, dubaiTime, sendGridMessage, type ClaimedEmail } from '../../../supabase/functions/_shared/notifications/email-message.ts';

const email: ClaimedEmail = {
  id: 1, attempts: 1, organization_id: 'o', sendgrid_connection_id: 'c', sendgrid_status: 'active', from_email: 'alerts@alkhayyat.ae',
  recipients: ['ops@alkhayyat.ae'], severity: 'warning', title: 'Rate limit crossed', body: null, connection_name: null,
  created_at: new Date(Date.UTC(2026, 11, 31, 21, 5)),
};

describe('notification e-mail', () => {
  it('shows times as DD/MM/YYYY HH:MM in Dubai (UTC+4 crosses the new year here)', () => {
    expect(dubaiTime(new Date(Date.UTC(2026, 11, 31, 21, 5)))).toBe('01/01/2027 01:05');
  });

  it('builds a plain-text SendGrid message without empty lines for missing parts', () => {
    const message = sendGridMessage(email, 'https://hub.example.ae/');
    expect(message.subject).toBe('[Warning] Rate limit crossed');
    expect((message.content as Array<{ value: string }>)[0]!.value).toBe(
      'Rate limit crossed\n\nSeverity: Warning\nWhen: 01/01/2027 01:05 (Dubai)\n\nOpen: https://hub.example.ae/integrations/notifications');
  });

  it('retries only what a retry can fix', () => {
    expect(classifyStatus(202)).toEqual({ sent: true });
    expect(classifyStatus(429)).toMatchObject({ sent: false, retry: true });
    expect(classifyStatus(502)).toMatchObject({ sent: false, retry: true });
    expect(classifyStatus(400)).toMatchObject({ sent: false, retry: false, error: 'SendGrid refused the e-mail (HTTP 400).' });
  });
});
