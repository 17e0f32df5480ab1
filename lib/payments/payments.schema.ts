import { z } from 'zod';
import type { Database } from '@/types/database';

// The payment statuses are the database enum; the list is typed against the generated
// types so a new status is a compile error here, not a silently unfilterable value.
export type PaymentStatus = Database['public']['Enums']['payment_status'];
export const PAYMENT_STATUSES = [
  'created', 'requires_action', 'processing', 'succeeded', 'failed', 'canceled', 'partially_refunded', 'refunded',
] as const satisfies readonly PaymentStatus[];

/** The payment providers' catalogue slugs (integration_providers with a payment_providers row). */
export const PAYMENT_PROVIDERS = ['stripe', 'paypal', 'network_international', 'telr'] as const;
export type PaymentProvider = (typeof PAYMENT_PROVIDERS)[number];

const fils = z.coerce.number().int().nonnegative();

/** One payment as the list shows it. bigint columns arrive as text and are exact integers. */
export const paymentListItemSchema = z.object({
  id: z.guid(),
  status: z.enum(PAYMENT_STATUSES),
  provider_slug: z.string().nullable(),
  provider_name: z.string().nullable(),
  connection_name: z.string().nullable(),
  amount_fils: fils,
  refunded_fils: fils,
  currency: z.string(),
  order_reference: z.string(),
  created_at: z.coerce.date(),
});
export type PaymentListItem = z.infer<typeof paymentListItemSchema>;

export const paymentDetailSchema = paymentListItemSchema.extend({
  provider_payment_id: z.string().nullable(),
  approval_url: z.string().nullable(),
  failure_reason: z.string().nullable(),
  description: z.string().nullable(),
  charged_amount_minor: z.coerce.number().int().nullable(),
  charged_currency: z.string().nullable(),
  conversion_rate: z.string().nullable(),
  requested_by_type: z.string(),
});
export type PaymentDetail = z.infer<typeof paymentDetailSchema>;

export const statusChangeSchema = z.object({
  id: z.coerce.number().int(),
  from_status: z.enum(PAYMENT_STATUSES).nullable(),
  to_status: z.enum(PAYMENT_STATUSES),
  source: z.string(),
  detail: z.string().nullable(),
  created_at: z.coerce.date(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const refundItemSchema = z.object({
  id: z.guid(),
  amount_fils: fils,
  status: z.enum(['pending', 'succeeded', 'failed']),
  reason: z.string().nullable(),
  failure_reason: z.string().nullable(),
  provider_refund_id: z.string().nullable(),
  requested_by_type: z.string(),
  created_at: z.coerce.date(),
});
export type RefundItem = z.infer<typeof refundItemSchema>;

/** What the list shows: optionally one status and one provider, older than a cursor. */
export interface PaymentFilters {
  status?: PaymentStatus;
  provider?: PaymentProvider;
  /** `<UTC timestamp>~<id>` of the last row of the previous page. */
  before?: { createdAt: string; id: string };
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z)~([0-9a-f-]{36})$/i;

/** `?status=…&provider=…&before=…`, read leniently: anything unrecognised means "all". */
export function parsePaymentFilters(params: SearchParams): PaymentFilters {
  const status = z.enum(PAYMENT_STATUSES).safeParse(first(params.status));
  const provider = z.enum(PAYMENT_PROVIDERS).safeParse(first(params.provider));
  const cursor = CURSOR.exec(first(params.before) ?? '');
  return {
    status: status.success ? status.data : undefined,
    provider: provider.success ? provider.data : undefined,
    before: cursor ? { createdAt: cursor[1]!, id: cursor[2]! } : undefined,
  };
}

export function paymentsHref(filters: PaymentFilters): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.provider) params.set('provider', filters.provider);
  if (filters.before) params.set('before', `${filters.before.createdAt}~${filters.before.id}`);
  const query = params.toString();
  return `/integrations/payments${query ? `?${query}` : ''}`;
}

/** The dashboard's refund form: the amount in AED as typed (empty = everything left). */
export const refundFormSchema = z.object({
  payment_id: z.guid(),
  amount: z.string().trim().regex(/^(\d{1,13}(\.\d{1,2})?)?$/, 'Enter an amount such as 25.50, with at most two decimals.'),
  reason: z.string().trim().max(500).optional(),
  idempotency_key: z.string().min(8).max(255),
});
