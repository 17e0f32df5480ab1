import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { createWebhookEndpoint, metaDelivery, send, stripeDelivery, stripeEvent, webhookUrl, type EndpointFixture } from '../unit/webhook-processing/webhook-fixtures.ts';

const stack = inject('stack');
const sql = superuserSql();
const SECRET = 'whsec_worker_test_secret_1';
const SCHEDULER = { 'x-scheduler-secret': 'local-scheduler-secret-not-for-production', 'content-type': 'application/json' };
const WORKER = `${stack.apiUrl}/functions/v1/webhook-handler/_worker`;
let A: Tenant;
let stripe: EndpointFixture;
const suffix = randomUUID().slice(0, 8);

/** A run for A's events only: other test files' events are theirs to process. */
const runWorker = async (headers: Record<string, string> = SCHEDULER) => {
  const res = await fetch(WORKER, { method: 'POST', headers, body: JSON.stringify({ organization_id: A.orgId }) });
  return { status: res.status, body: await res.json() };
};
async function insertPayment(providerId: string, status = 'processing') {
  const [row] = await sql`
    insert into public.payments (organization_id, connection_id, amount_fils, currency, order_reference, idempotency_key, status, provider_payment_id, requested_by_type)
    values (${A.orgId}, ${stripe.connectionId}, 10000, 'AED', 'ORD-1', ${`idem-${randomUUID()}`}, ${status}, ${providerId}, 'service') returning id`;
  return row!.id as string;
}
async function deliver(type: string, object: Record<string, unknown>) {
  const id = `evt_${randomUUID()}`;
  expect((await send(webhookUrl(stack.apiUrl, stripe.endpointId), stripeDelivery(SECRET, stripeEvent(id, type, object)))).status).toBe(200);
  return id;
}
const eventRow = async (providerEventId: string) =>
  (await sql`select status, attempts, last_error, processing_note, next_attempt_at from public.webhook_events where provider_event_id = ${providerEventId}`)[0]!;

beforeAll(async () => {
  A = await createTenant(sql, 'webhook-worker');
  stripe = await createWebhookEndpoint(sql, { orgId: A.orgId, slug: 'stripe', credentials: { webhook_signing_secret: SECRET }, credentialsKey: stack.credentialsKey });
});
afterAll(async () => {
  await sql.unsafe(`drop trigger if exists webhook_test_fail_${suffix} on public.payments;
    drop function if exists public.webhook_test_fail_${suffix}(); drop sequence if exists public.webhook_test_failures_${suffix}`);
  await sql.end();
});

describe('webhook worker', () => {
  it('runs for the scheduler and the service role only', async () => {
    expect((await runWorker({})).status).toBe(401);
    expect((await runWorker({ authorization: `Bearer ${stack.anonKey}` })).status).toBe(401);
    expect((await runWorker({ 'x-scheduler-secret': 'not-the-secret-value' })).status).toBe(401);
    const ok = await runWorker({ authorization: `Bearer ${stack.serviceRoleKey}` });
    expect(ok.status).toBe(200);
    expect(Object.keys(ok.body).sort()).toEqual(['claimed', 'dead', 'failed', 'processed']);
  });

  it('Stripe payment_intent.succeeded moves the payment to succeeded, recorded as the webhook’s doing', async () => {
    const paymentId = await insertPayment('pi_worker_ok');
    const evt = await deliver('payment_intent.succeeded', { id: 'pi_worker_ok', object: 'payment_intent' });
    expect((await runWorker()).status).toBe(200);
    expect(await eventRow(evt)).toMatchObject({ status: 'processed', attempts: 1, processing_note: null });
    expect((await sql`select status from public.payments where id = ${paymentId}`)[0]!.status).toBe('succeeded');
    const history = await sql`select from_status, to_status, source from public.payment_status_history where payment_id = ${paymentId} order by id`;
    expect(history.at(-1)).toEqual({ from_status: 'processing', to_status: 'succeeded', source: 'webhook' });
  });

  it('a partial refund, then a late failure that must not undo the success; an unknown payment is a note', async () => {
    const paymentId = await insertPayment('pi_worker_refund', 'succeeded');
    await deliver('charge.refunded', { id: 'ch_1', payment_intent: 'pi_worker_refund', amount_refunded: 2500, refunded: false });
    const late = await deliver('payment_intent.payment_failed', { id: 'pi_worker_refund', last_payment_error: { message: 'declined' } });
    const unknown = await deliver('payment_intent.succeeded', { id: 'pi_nobody_knows' });
    await runWorker();
    expect(await sql`select status, refunded_fils::int from public.payments where id = ${paymentId}`).toEqual([{ status: 'partially_refunded', refunded_fils: 2500 }]);
    expect((await eventRow(late)).processing_note).toMatch(/already partially_refunded|already succeeded/);
    expect(await eventRow(unknown)).toMatchObject({ status: 'processed', processing_note: 'no payment with provider id pi_nobody_knows on this connection' });
  });

  it('a handler that fails twice then succeeds ends processed after two retries on the backoff schedule', async () => {
    const paymentId = await insertPayment('pi_worker_flaky');
    // A test-only trigger makes the payment update fail on its first two attempts.
    await sql.unsafe(`create sequence public.webhook_test_failures_${suffix};
      create function public.webhook_test_fail_${suffix}() returns trigger language plpgsql as $$
      begin if nextval('public.webhook_test_failures_${suffix}') <= 2 then raise exception 'test failure'; end if; return new; end $$;
      create trigger webhook_test_fail_${suffix} before update on public.payments for each row
        when (new.id = '${paymentId}') execute function public.webhook_test_fail_${suffix}();`);
    const evt = await deliver('payment_intent.succeeded', { id: 'pi_worker_flaky' });
    await runWorker();
    const first = await eventRow(evt);
    expect(first).toMatchObject({ status: 'failed', attempts: 1 });
    expect(first.last_error).toMatch(/test failure/);
    const dueIn = (row: Record<string, unknown>) => ((row.next_attempt_at as Date).getTime() - Date.now()) / 1000;
    expect(dueIn(first)).toBeGreaterThan(3);
    expect(dueIn(first)).toBeLessThan(6);
    const seen: number[] = [];
    for (let i = 0; i < 5 && (await eventRow(evt)).status !== 'processed'; i++) {
      // Time passing, without waiting: the failed event becomes due now.
      await sql`update public.webhook_events set next_attempt_at = now() where provider_event_id = ${evt} and status = 'failed'`;
      await runWorker();
      const row = await eventRow(evt);
      seen.push(row.attempts);
      if (row.status === 'failed') expect(Math.abs(dueIn(row) - 300)).toBeLessThan(31); // second retry: 5 min ± 10 %
    }
    expect(await eventRow(evt)).toMatchObject({ status: 'processed', attempts: 3, last_error: null });
    expect(seen.at(-1)).toBe(3);
    expect((await sql`select status from public.payments where id = ${paymentId}`)[0]!.status).toBe('succeeded');
  });

  it('shipments and social activity: a courier push moves a shipment, an Instagram comment notifies', async () => {
    const dhl = await createWebhookEndpoint(sql, { orgId: A.orgId, slug: 'dhl_express', credentialsKey: stack.credentialsKey,
      credentials: { push_header_name: 'X-DHL-Push', push_token: 'dhl-push-token-1' } });
    const push = (code: string, at: string) => JSON.stringify({ shipments: [{ id: 'JD0146', status: { statusCode: code, timestamp: at, description: code } }] });
    const headers = { 'content-type': 'application/json', 'x-dhl-push': 'dhl-push-token-1' };
    for (const [code, at] of [['transit', '2026-01-02T10:00:00Z'], ['delivered', '2026-01-03T10:00:00Z'], ['pre-transit', '2026-01-01T10:00:00Z']]) {
      expect((await send(webhookUrl(stack.apiUrl, dhl.endpointId), { body: push(code!, at!), headers })).status).toBe(200);
      await runWorker();
    }
    expect(await sql`select status, last_event_at from public.shipments where connection_id = ${dhl.connectionId}`)
      .toEqual([{ status: 'delivered', last_event_at: new Date('2026-01-03T10:00:00Z') }]);

    const ig = await createWebhookEndpoint(sql, { orgId: A.orgId, slug: 'instagram', credentialsKey: stack.credentialsKey, credentials: { app_secret: 'ig-secret-1' } });
    const comment = JSON.stringify({ object: 'instagram', entry: [{ id: '1784', time: 1767225600, changes: [{ field: 'comments', value: { id: 'c9', text: 'Love it', from: { username: 'omar' } } }] }] });
    expect((await send(webhookUrl(stack.apiUrl, ig.endpointId), metaDelivery('ig-secret-1', comment))).status).toBe(200);
    await runWorker();
    expect(await sql`select kind, title, body from public.notifications where connection_id = ${ig.connectionId}`)
      .toEqual([{ kind: 'social_activity', title: 'New comment on Instagram', body: 'omar: Love it' }]);
  });
});
