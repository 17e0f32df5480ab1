import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { superuserSql } from '../support/db.ts';
import { connectToFake } from '../support/connections.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.ts';
import { SECRETS } from '../support/provider-secrets.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
const sql = superuserSql();
const SCHEDULER = { 'x-scheduler-secret': 'local-scheduler-secret-not-for-production', 'content-type': 'application/json' };
const routes: NonNullable<Parameters<typeof startFakeProvider>[0]>['routes'] = {};
let fake: FakeProvider;
let A: Tenant;
let sendgrid: string;

/** One run for A's queue only: other test files' organizations may have e-mails queued too. */
const runMailer = async (headers: Record<string, string> = SCHEDULER) =>
  fetch(`${stack.apiUrl}/functions/v1/notification-mailer`, { method: 'POST', headers, body: JSON.stringify({ organization_id: A.orgId }) });
const notify = async (severity: 'info' | 'warning' | 'critical', title: string) =>
  (await sql`insert into public.notifications (organization_id, kind, severity, title, body, dedupe_key)
             values (${A.orgId}, 'system', ${severity}, ${title}, 'Details for the admins.', ${`mail-test:${crypto.randomUUID()}`}) returning id`)[0]!.id as string;
const outboxOf = async (notificationId: string) =>
  (await sql`select status, attempts, last_error, sent_at is not null as sent from public.notification_emails where notification_id = ${notificationId}`)[0];
const mails = () => fake.received.filter((r) => r.path === '/p/sendgrid/mail/send');
/** Makes every pending row of A due now, as the schedule would find it later. */
const dueNow = () => sql`update public.notification_emails set next_attempt_at = now() where organization_id = ${A.orgId} and status = 'pending'`;

beforeAll(async () => {
  fake = await startFakeProvider({ routes });
  A = await createTenant(sql, 'mailer-a');
  sendgrid = await connectToFake(sql, A, 'sendgrid', fake.origin, 'Alerts SendGrid');
  await sql`insert into public.notification_email_settings (organization_id, enabled, sendgrid_connection_id, from_email, recipients, min_severity)
            values (${A.orgId}, true, ${sendgrid}, 'Alerts@AlKhayyat.ae', ${['ops@alkhayyat.ae', 'OPS@alkhayyat.ae', 'owner@alkhayyat.ae']}, 'critical')`;
});
afterAll(async () => {
  await fake.close();
  await sql.end();
});

describe('notification-mailer (real Deno, SendGrid faked on loopback)', () => {
  it('e-mails a critical notification through the organization\'s SendGrid connection, once', async () => {
    routes['/p/sendgrid/mail/send'] = { status: 202 };
    const id = await notify('critical', 'Stripe connection "Main" is down');
    const before = mails().length;
    const res = await runMailer();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ claimed: 1, sent: 1, retried: 0, failed: 0 });
    const sent = mails().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.headers.authorization).toBe(`Bearer ${SECRETS.sendgrid.api_key}`);
    const message = JSON.parse(sent[0]!.body);
    expect(message.personalizations).toEqual([{ to: [{ email: 'ops@alkhayyat.ae' }, { email: 'owner@alkhayyat.ae' }] }]);
    expect(message.from).toEqual({ email: 'alerts@alkhayyat.ae', name: 'Integrations Hub' });
    expect(message.subject).toBe('[Critical] Stripe connection "Main" is down');
    expect(message.content[0].value).toMatch(/When: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(Dubai\)/);
    expect(message.content[0].value).toContain('/integrations/notifications');
    expect(await outboxOf(id)).toMatchObject({ status: 'sent', attempts: 1, last_error: null, sent: true });
    // Nothing left to send: a second run claims nothing.
    expect(await (await runMailer()).json()).toMatchObject({ claimed: 0 });
  });

  it('queues only the chosen severity and up', async () => {
    const warning = await notify('warning', 'Rate limit crossed');
    expect(await outboxOf(warning)).toBeUndefined();
    await sql`update public.notification_email_settings set min_severity = 'warning' where organization_id = ${A.orgId}`;
    try {
      const next = await notify('warning', 'Rate limit crossed again');
      expect(await outboxOf(next)).toMatchObject({ status: 'pending', attempts: 0 });
      await runMailer();
      expect(await outboxOf(next)).toMatchObject({ status: 'sent' });
    } finally {
      await sql`update public.notification_email_settings set min_severity = 'critical' where organization_id = ${A.orgId}`;
    }
    expect(await outboxOf(await notify('info', 'Just so you know'))).toBeUndefined();
  });

  it('retries a SendGrid outage with backoff, then sends; a refused key fails at once with a safe reason', async () => {
    routes['/p/sendgrid/mail/send'] = { status: 503 };
    const id = await notify('critical', 'Webhook dead letter');
    expect(await (await runMailer()).json()).toMatchObject({ claimed: 1, sent: 0, retried: 1 });
    const pending = await outboxOf(id);
    expect(pending).toMatchObject({ status: 'pending', attempts: 1, last_error: 'SendGrid could not take the e-mail (HTTP 503).' });
    const [backoff] = await sql`select extract(epoch from next_attempt_at - now()) as wait from public.notification_emails where notification_id = ${id}`;
    expect(Number(backoff!.wait)).toBeGreaterThan(30); // backoff: not claimed again at once
    expect(await (await runMailer()).json()).toMatchObject({ claimed: 0 });
    routes['/p/sendgrid/mail/send'] = { status: 202 };
    await dueNow();
    expect(await (await runMailer()).json()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await outboxOf(id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });

    routes['/p/sendgrid/mail/send'] = { status: 401 };
    const refused = await notify('critical', 'Token refresh failed');
    expect(await (await runMailer()).json()).toMatchObject({ claimed: 1, failed: 1 });
    const row = await outboxOf(refused);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, last_error: 'SendGrid refused the e-mail (HTTP 401).' });
    const everything = JSON.stringify(await sql`select * from public.notification_emails`);
    expect(everything).not.toContain(SECRETS.sendgrid.api_key);
    routes['/p/sendgrid/mail/send'] = { status: 202 };
  });

  it('gives up after 5 attempts', async () => {
    routes['/p/sendgrid/mail/send'] = { status: 500 };
    const id = await notify('critical', 'Down for long');
    for (let i = 0; i < 5; i++) {
      await dueNow();
      await runMailer();
    }
    expect(await outboxOf(id)).toMatchObject({ status: 'failed', attempts: 5 });
    await dueNow();
    expect(await (await runMailer()).json()).toMatchObject({ claimed: 0 });
    routes['/p/sendgrid/mail/send'] = { status: 202 };
  });

  it('only the scheduler or the service role may run it; a user or nobody may not', async () => {
    expect((await runMailer({ 'content-type': 'application/json' })).status).toBe(401);
    expect((await runMailer({ 'content-type': 'application/json', 'x-scheduler-secret': 'wrong-secret-wrong-secret' })).status).toBe(401);
    const service = await runMailer({ authorization: `Bearer ${stack.serviceRoleKey}`, 'content-type': 'application/json' });
    expect(service.status).toBe(200);
    const bad = await fetch(`${stack.apiUrl}/functions/v1/notification-mailer`, { method: 'POST', headers: SCHEDULER, body: '{"limit": 0}' });
    expect(bad.status).toBe(400);
  });

  it('settings take only the organization\'s own SendGrid connection and real addresses', async () => {
    const B = await createTenant(sql, 'mailer-b');
    const insert = (connection: string, recipients: string[]) =>
      sql`insert into public.notification_email_settings (organization_id, enabled, sendgrid_connection_id, from_email, recipients)
          values (${B.orgId}, true, ${connection}, 'a@b.ae', ${recipients})`;
    await expect(insert(sendgrid, ['x@y.ae'])).rejects.toThrow(/SendGrid connections/); // A's connection, B's settings
    const bStripe = await connectToFake(sql, B, 'stripe', fake.origin);
    await expect(insert(bStripe, ['x@y.ae'])).rejects.toThrow(/SendGrid connections/);
    const bSendgrid = await connectToFake(sql, B, 'sendgrid', fake.origin);
    await expect(insert(bSendgrid, ['not an address'])).rejects.toThrow(/e-mail address/);
    await expect(insert(bSendgrid, [])).rejects.toThrow(/check/); // enabled without recipients
  });
});
