import { z } from 'zod';

const EMAIL = /^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$/;

/**
 * The e-mail alerts form. Messages are keys of the notifications.email.errors dictionary.
 * Recipients come as one text (commas, semicolons or new lines between addresses).
 */
export const emailSettingsInputSchema = z
  .object({
    enabled: z.enum(['on', '']).optional().transform((v) => v === 'on'),
    sendgrid_connection_id: z.union([z.literal(''), z.guid('connection')]).transform((v) => (v === '' ? null : v)),
    from_email: z.string().trim().toLowerCase().max(254, 'fromEmail').regex(EMAIL, 'fromEmail'),
    recipients: z
      .string()
      .max(5000, 'recipients')
      .transform((text) => [...new Set(text.split(/[\s,;]+/).map((r) => r.trim().toLowerCase()).filter(Boolean))])
      .pipe(z.array(z.string().max(254, 'recipients').regex(EMAIL, 'recipients')).max(20, 'tooManyRecipients')),
    min_severity: z.enum(['warning', 'critical'], 'severity'),
  })
  .superRefine((input, ctx) => {
    if (!input.enabled) return;
    if (!input.sendgrid_connection_id) ctx.addIssue({ code: 'custom', path: ['sendgrid_connection_id'], message: 'connectionRequired' });
    if (input.recipients.length === 0) ctx.addIssue({ code: 'custom', path: ['recipients'], message: 'recipientsRequired' });
  });
export type EmailSettingsInput = z.infer<typeof emailSettingsInputSchema>;

export const emailSettingsSchema = z.object({
  enabled: z.boolean(),
  sendgrid_connection_id: z.guid().nullable(),
  from_email: z.string(),
  recipients: z.array(z.string()),
  min_severity: z.enum(['warning', 'critical']),
  updated_at: z.date(),
});
export type EmailSettings = z.infer<typeof emailSettingsSchema>;

export const sendGridConnectionSchema = z.object({ id: z.guid(), name: z.string(), status: z.string() });
export type SendGridConnection = z.infer<typeof sendGridConnectionSchema>;

export const emailDeliverySchema = z.object({
  id: z.coerce.string(),
  title: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  last_error: z.string().nullable(),
  created_at: z.date(),
  sent_at: z.date().nullable(),
});
export type EmailDelivery = z.infer<typeof emailDeliverySchema>;
