import { z } from 'zod';
import { MoneyError, parseAedToFils } from '../money/fils.ts';

// The payment-processor's request bodies. Amounts are decimal strings of AED ("1234.50"):
// a JSON number would already be a float by the time we saw it, so numbers are refused.

/** "1234.50" → 123450 fils, or a zod issue that quotes the money module's reason. */
export const aedAmount = z
  .string({ error: 'must be a decimal string of AED such as "1234.50" (numbers are refused, so nothing is rounded)' })
  .transform((text, ctx) => {
    try {
      return parseAedToFils(text);
    } catch (err) {
      if (!(err instanceof MoneyError)) throw err;
      ctx.addIssue({ code: 'custom', message: err.message });
      return z.NEVER;
    }
  });

/** Caller-chosen, printable, and within the column's 8–255 characters. */
export const idempotencyKey = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(255, 'must be at most 255 characters')
  .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');

const currency = z
  .string()
  .transform((c) => c.trim().toUpperCase())
  .pipe(z.literal('AED', { error: 'only AED is accepted: amounts are dirhams and fils' }));

const httpsUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000);

export const customerSchema = z.strictObject({
  email: z.email().max(254).optional(),
  name: z.string().trim().min(1).max(200).optional(),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{6,20}$/, 'must be a phone number').optional(),
});

export const createPaymentBody = z.strictObject({
  connection_id: z.uuid(),
  amount: aedAmount,
  currency,
  order_reference: z.string().trim().min(1).max(100),
  idempotency_key: idempotencyKey,
  customer: customerSchema.optional(),
  description: z.string().trim().min(1).max(500).optional(),
  // Where the provider sends the customer back (PayPal, N-Genius, Telr); the connection's
  // settings.return_url / settings.cancel_url are used when absent.
  return_url: httpsUrl.optional(),
  cancel_url: httpsUrl.optional(),
});

export const refundBody = z.strictObject({
  payment_id: z.uuid(),
  /** Absent: everything not yet refunded. */
  amount: aedAmount.optional(),
  idempotency_key: idempotencyKey,
  reason: z.string().trim().min(1).max(500).optional(),
});

/** Capture (PayPal) and status check name only the payment. */
export const paymentIdBody = z.strictObject({ payment_id: z.uuid() });

export type CreatePaymentInput = z.infer<typeof createPaymentBody>;
export type RefundInput = z.infer<typeof refundBody>;
export type Customer = z.infer<typeof customerSchema>;

/** "amount: has more than two decimals…": the first issue, with the field it is about. */
export function describeZodError(err: z.ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'Invalid body.';
  const field = issue.path.join('.') || 'body';
  return `${field}: ${issue.message}`;
}
