import 'server-only';
import { z } from 'zod';
import type { Tx } from '@/lib/db/pool.server';
import {
  paymentDetailSchema, paymentListItemSchema, refundItemSchema, statusChangeSchema,
  type PaymentDetail, type PaymentFilters, type PaymentListItem, type RefundItem, type StatusChange,
} from './payments.schema';

export const PAYMENTS_PAGE_SIZE = 50;

// Reads run under the member's RLS (withRls): payments of organizations they belong to.
// `organizationId` narrows to the one they are acting in. The provider comes from the
// connection; a deleted connection leaves the payment with no provider shown.

export interface PaymentPage {
  items: PaymentListItem[];
  /** `before` for the next (older) page, or null when this was the last one. */
  next: { createdAt: string; id: string } | null;
}

export async function listPayments(tx: Tx, organizationId: string, filters: PaymentFilters): Promise<PaymentPage> {
  const rows = await tx`
    select p.id, p.status, pr.slug as provider_slug, pr.name as provider_name, c.name as connection_name,
           p.amount_fils::text, p.refunded_fils::text, p.currency, p.order_reference, p.created_at,
           to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
      from public.payments p
      left join public.integration_connections c on c.id = p.connection_id
      left join public.integration_providers pr on pr.id = c.provider_id
     where p.organization_id = ${organizationId}
       ${filters.status ? tx`and p.status = ${filters.status}` : tx``}
       ${filters.provider ? tx`and pr.slug = ${filters.provider}` : tx``}
       ${filters.before ? tx`and (p.created_at, p.id) < (${filters.before.createdAt}::text::timestamptz, ${filters.before.id}::uuid)` : tx``}
     order by p.created_at desc, p.id desc
     limit ${PAYMENTS_PAGE_SIZE + 1}
  `;
  const items = z.array(paymentListItemSchema).parse(rows);
  const last = rows[PAYMENTS_PAGE_SIZE - 1];
  return {
    items: items.slice(0, PAYMENTS_PAGE_SIZE),
    next: rows.length > PAYMENTS_PAGE_SIZE && last ? { createdAt: String(last.cursor_at), id: String(last.id) } : null,
  };
}

export interface PaymentWithHistory {
  payment: PaymentDetail;
  history: StatusChange[];
  refunds: RefundItem[];
}

/** One payment of the organization with its status history and refunds, or null. */
export async function getPayment(tx: Tx, organizationId: string, id: string): Promise<PaymentWithHistory | null> {
  if (!z.guid().safeParse(id).success) return null;
  const [row] = await tx`
    select p.id, p.status, pr.slug as provider_slug, pr.name as provider_name, c.name as connection_name,
           p.amount_fils::text, p.refunded_fils::text, p.currency, p.order_reference, p.created_at,
           p.provider_payment_id, p.approval_url, p.failure_reason, p.description,
           p.charged_amount_minor::text, p.charged_currency, trim_scale(p.conversion_rate)::text as conversion_rate, p.requested_by_type
      from public.payments p
      left join public.integration_connections c on c.id = p.connection_id
      left join public.integration_providers pr on pr.id = c.provider_id
     where p.organization_id = ${organizationId} and p.id = ${id}
  `;
  if (!row) return null;
  const history = await tx`
    select id::text, from_status, to_status, source, detail, created_at
      from public.payment_status_history where payment_id = ${id} order by id`;
  const refunds = await tx`
    select id, amount_fils::text, status, reason, failure_reason, provider_refund_id, requested_by_type, created_at
      from public.payment_refunds where payment_id = ${id} order by created_at, id`;
  return {
    payment: paymentDetailSchema.parse(row),
    history: z.array(statusChangeSchema).parse(history),
    refunds: z.array(refundItemSchema).parse(refunds),
  };
}
