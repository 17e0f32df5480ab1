import type { Sql } from '../db.ts';
import type { ChargePlan } from './charge-plan.ts';
import type { CreatedCharge, PaymentStatus } from './gateway.ts';
import type { Customer } from './payment-request.schema.ts';
import { toPayment, type Payment } from './payment-row.ts';

type Source = 'api' | 'admin' | 'reconcile';

export interface NewPayment {
  organizationId: string;
  connectionId: string;
  amountFils: number;
  plan: ChargePlan;
  orderReference: string;
  idempotencyKey: string;
  customer: Customer;
  description: string | null;
  requestedBy: { type: 'user' | 'api_key' | 'service'; id: string | null };
  /** How long the inserting request owns the provider call (provider timeout plus margin). */
  leaseSeconds: number;
}

/**
 * Records the attempt before the provider hears of it, under the organization's unique
 * idempotency key. Exactly one of any number of concurrent inserts wins (and holds the
 * provider-call lease); the others get the existing row and whether it was made from the
 * same request, so a different body under a reused key can be refused.
 */
export async function insertOrFindPayment(sql: Sql, p: NewPayment): Promise<{ payment: Payment; inserted: boolean; sameRequest: boolean }> {
  const converted = p.plan.conversion !== null;
  const [row] = await sql`
    insert into public.payments (organization_id, connection_id, amount_fils, currency, charged_amount_minor, charged_currency,
                                 conversion_rate, order_reference, idempotency_key, customer, description,
                                 requested_by_type, requested_by_id, provider_call_until)
    values (${p.organizationId}, ${p.connectionId}, ${p.amountFils}, 'AED', ${converted ? p.plan.amountMinor : null},
            ${converted ? p.plan.currency : null}, ${p.plan.conversion?.rate ?? null}, ${p.orderReference}, ${p.idempotencyKey},
            ${sql.json(p.customer)}, ${p.description}, ${p.requestedBy.type}, ${p.requestedBy.id},
            now() + make_interval(secs => ${p.leaseSeconds}))
    on conflict (organization_id, idempotency_key) do nothing
    returning *`;
  if (row) return { payment: toPayment(row), inserted: true, sameRequest: true };
  const [existing] = await sql`
    select *, (connection_id is not distinct from ${p.connectionId} and amount_fils = ${p.amountFils}
               and order_reference = ${p.orderReference} and description is not distinct from ${p.description}
               and customer = ${sql.json(p.customer)}::jsonb) as same_request
      from public.payments where organization_id = ${p.organizationId} and idempotency_key = ${p.idempotencyKey}`;
  if (!existing) throw new Error('payment vanished between insert and select');
  return { payment: toPayment(existing), inserted: false, sameRequest: existing.same_request === true };
}

export async function findPayment(sql: Sql, id: string): Promise<Payment | null> {
  const [row] = await sql`select * from public.payments where id = ${id}`;
  return row ? toPayment(row) : null;
}

/** Status changes go through here so the history trigger records what caused them. */
async function update(sql: Sql, source: Source, id: string, set: Record<string, unknown>): Promise<Payment> {
  const [row] = await sql.begin(async (tx) => {
    await tx`select set_config('hub.status_source', ${source}, true)`;
    return tx`update public.payments set ${tx(set)} where id = ${id} returning *`;
  });
  if (!row) throw new Error(`payment ${id} vanished`);
  return toPayment(row);
}

export const recordCreated = (sql: Sql, source: Source, id: string, created: CreatedCharge) =>
  update(sql, source, id, {
    provider_payment_id: created.providerPaymentId,
    provider_reference: created.providerReference,
    approval_url: created.approvalUrl,
    status: created.status,
    failure_reason: null,
    provider_call_until: null,
  });

/** The provider said no: failed, with its words, never paid. */
export const recordRefused = (sql: Sql, source: Source, id: string, reason: string) =>
  update(sql, source, id, { status: 'failed', failure_reason: reason, provider_call_until: null });

/** Outcome unknown (provider down, timeout, our configuration): free for a retry under the same key. */
export const releaseProviderCall = (sql: Sql, id: string, reason: string) =>
  update(sql, 'api', id, { failure_reason: reason, provider_call_until: null });

export const recordStatus = (
  sql: Sql,
  source: Source,
  id: string,
  status: PaymentStatus,
  extra: { provider_reference?: string | null; failure_reason?: string | null } = {},
) => update(sql, source, id, { status, ...extra });
