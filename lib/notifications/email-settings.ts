import 'server-only';
import { z } from 'zod';
import type { Tx } from '@/lib/db/pool.server';
import {
  emailDeliverySchema,
  emailSettingsSchema,
  sendGridConnectionSchema,
  type EmailDelivery,
  type EmailSettings,
  type EmailSettingsInput,
  type SendGridConnection,
} from './email-settings.schema';

/** The organization's e-mail alert settings, or null before anyone set them. */
export async function getEmailSettings(tx: Tx, organizationId: string): Promise<EmailSettings | null> {
  const [row] = await tx`
    select enabled, sendgrid_connection_id, from_email, recipients, min_severity, updated_at
      from public.notification_email_settings where organization_id = ${organizationId}`;
  return row ? emailSettingsSchema.parse(row) : null;
}

/** The organization's SendGrid connections, the only ones e-mail may go through. */
export async function listSendGridConnections(tx: Tx, organizationId: string): Promise<SendGridConnection[]> {
  const rows = await tx`
    select c.id, c.name, c.status::text as status
      from public.integration_connections c join public.integration_providers p on p.id = c.provider_id
     where c.organization_id = ${organizationId} and p.slug = 'sendgrid'
     order by c.name, c.id`;
  return z.array(sendGridConnectionSchema).parse(rows);
}

/** Saves (insert or update) under the member's RLS; the table's trigger re-checks connection and addresses. */
export async function saveEmailSettings(tx: Tx, organizationId: string, input: EmailSettingsInput): Promise<void> {
  await tx`
    insert into public.notification_email_settings (organization_id, enabled, sendgrid_connection_id, from_email, recipients, min_severity)
    values (${organizationId}, ${input.enabled}, ${input.sendgrid_connection_id}, ${input.from_email}, ${input.recipients}, ${input.min_severity})
    on conflict (organization_id) do update set enabled = excluded.enabled, sendgrid_connection_id = excluded.sendgrid_connection_id,
      from_email = excluded.from_email, recipients = excluded.recipients, min_severity = excluded.min_severity`;
}

/** The latest e-mails of the organization's notifications, newest first. */
export async function listEmailDeliveries(tx: Tx, organizationId: string, limit = 10): Promise<EmailDelivery[]> {
  const rows = await tx`
    select e.id, n.title, e.status, e.attempts, e.last_error, e.created_at, e.sent_at
      from public.notification_emails e join public.notifications n on n.id = e.notification_id
     where e.organization_id = ${organizationId}
     order by e.created_at desc, e.id desc
     limit ${limit}`;
  return z.array(emailDeliverySchema).parse(rows);
}
