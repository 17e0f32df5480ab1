import type { Sql } from '../db.ts';
import { HttpError } from '../http/errors.ts';
import { awaitsProvider, toPayment, type Payment } from './payment-row.ts';
import { findPayment } from './payment-store.ts';

/**
 * Takes the right to call the provider for a payment that has no provider answer yet and
 * nobody calling: either the earlier attempt ended without an outcome (provider down,
 * timeout) or its request died and the lease lapsed. One caller at a time wins.
 */
export async function claimProviderCall(sql: Sql, id: string, leaseSeconds: number): Promise<Payment | null> {
  const [row] = await sql`
    update public.payments set provider_call_until = now() + make_interval(secs => ${leaseSeconds})
     where id = ${id} and status = 'created' and provider_payment_id is null
       and (provider_call_until is null or provider_call_until < now())
    returning *`;
  return row ? toPayment(row) : null;
}

export interface LeaseWait {
  leaseSeconds: number;
  /** Give up (409, retry later) after this long. */
  maxWaitMs: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * For a request that found its idempotency key already used: waits while another request
 * is talking to the provider, then answers the settled payment, or the right to call the
 * provider itself when the earlier attempt left no outcome. Never calls the provider twice
 * at once for one payment.
 */
export async function settleOrClaim(sql: Sql, payment: Payment, wait: LeaseWait): Promise<{ payment: Payment; claimed: boolean }> {
  const sleep = wait.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = Date.now() + wait.maxWaitMs;
  let current: Payment | null = payment;
  while (current) {
    if (!awaitsProvider(current)) return { payment: current, claimed: false };
    const claimed = await claimProviderCall(sql, current.id, wait.leaseSeconds);
    if (claimed) return { payment: claimed, claimed: true };
    if (Date.now() > deadline) {
      throw new HttpError('conflict', 'A request with this idempotency key is still being processed; retry shortly with the same key.', { 'retry-after': '2' });
    }
    await sleep(wait.pollMs ?? 100);
    current = await findPayment(sql, current.id);
  }
  throw new HttpError('not_found', 'The payment was deleted while this request waited for it.');
}
