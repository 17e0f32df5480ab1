import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ProviderSlug } from '../../supabase/functions/_shared/providers/provider.schema.ts';
import { asActor, superuserSql } from '../support/db.ts';
import { startFakePaymentProviders, type FakePaymentProviders } from '../support/fake-payment-providers.ts';
import { SECRETS } from '../support/provider-secrets.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
const sql = superuserSql();
const SERVICE = { authorization: `Bearer ${stack.serviceRoleKey}` };
let fakes: FakePaymentProviders;
let A: Tenant;
let stripe: string;
let ngenius: string;
let telr: string;

async function connect(slug: ProviderSlug, origin: string): Promise<string> {
  const [row] = await sql`insert into public.integration_connections (organization_id, provider_id, name, status, base_url_override)
    select ${A.orgId}, p.id, ${`${slug} ${randomUUID().slice(0, 8)}`}, 'active', ${origin} from public.integration_providers p where p.slug = ${slug} returning id`;
  for (const [field, value] of Object.entries(SECRETS[slug])) {
    await asActor(sql, { kind: 'service' }, (tx) => tx`select public.set_credential(${row!.id}, ${field}, ${value}, ${stack.credentialsKey}, 'local-1')`, { commit: true });
  }
  return row!.id as string;
}

async function create(body: Record<string, unknown>) {
  const res = await fetch(`${stack.apiUrl}/functions/v1/payment-processor`, {
    method: 'POST', headers: { ...SERVICE, 'content-type': 'application/json' }, body: JSON.stringify({ currency: 'AED', order_reference: 'ORD-1', idempotency_key: `test-${randomUUID()}`, ...body }),
  });
  return { status: res.status, replayed: res.headers.get('idempotent-replayed'), body: await res.json() };
}

const rowsByKey = (key: string) => sql`select * from public.payments where organization_id = ${A.orgId} and idempotency_key = ${key}`;
const history = async (id: string) => (await sql`select to_status from public.payment_status_history where payment_id = ${id} order by id`).map((r) => r.to_status);

beforeAll(async () => {
  fakes = await startFakePaymentProviders();
  A = await createTenant(sql, 'pay-create');
  stripe = await connect('stripe', fakes.stripe.origin);
  ngenius = await connect('network_international', fakes.ngenius.origin);
  telr = await connect('telr', fakes.telr.origin);
});
afterAll(async () => {
  await fakes.close();
  await sql.end();
});

describe('payment-processor: creating payments (real Deno, fake providers on loopback)', () => {
  it('Stripe: a PaymentIntent in AED fils with Idempotency-Key and automatic payment methods; answers the client secret, never stores it', async () => {
    const { status, body } = await create({ connection_id: stripe, amount: '1234.50', customer: { email: 'buyer@example.ae' } });
    expect(status).toBe(201);
    expect(body.payment).toMatchObject({ status: 'requires_action', provider: 'stripe', amount_fils: 123450, amount: '1234.50', currency: 'AED' });
    expect(body.client_secret).toBe(`${body.payment.provider_payment_id}_secret_fake`);
    const sent = fakes.stripe.calls.find((c) => c.path === '/v1/payment_intents')!;
    expect(Object.fromEntries(new URLSearchParams(sent.body))).toMatchObject({ amount: '123450', currency: 'aed', 'automatic_payment_methods[enabled]': 'true', receipt_email: 'buyer@example.ae' });
    expect(sent.headers['idempotency-key']).toBe(`hub-payment-${body.payment.id}`);
    expect(sent.headers.authorization).toBe(`Bearer ${SECRETS.stripe.secret_key}`);
    const [row] = await sql`select to_jsonb(p) as row from public.payments p where id = ${body.payment.id}`;
    expect(JSON.stringify(row!.row)).not.toContain('secret_fake');
    expect(await history(body.payment.id)).toEqual(['created', 'requires_action']);
  });

  it('every provider call is in integration_logs like a proxied one: method, path, status, caller; never the key or the client secret', async () => {
    const { body } = await create({ connection_id: stripe, amount: '12.00' });
    let rows: Array<Record<string, unknown>> = [];
    for (let i = 0; i < 50 && rows.length === 0; i++) {
      rows = await sql`select method, path, status_code, caller_type, host(ip) as ip, log_type, request_body, response_body, to_jsonb(l)::text as everything
                       from public.integration_logs l where connection_id = ${stripe} and response_body like ${`%${body.payment.provider_payment_id}%`}`;
      if (rows.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ method: 'POST', path: '/v1/payment_intents', status_code: 200, caller_type: 'service', log_type: 'response', ip: '127.0.0.1' });
    expect(rows[0]!.request_body).toContain('amount=1200');
    expect(rows[0]!.everything).not.toContain('_secret_fake');
    expect(rows[0]!.everything).not.toContain(SECRETS.stripe.secret_key!);
  });

  it('amounts 0.07, 19.99 and 1234.50 reach the providers exactly; 1.005 is refused with 400 and nothing recorded', async () => {
    for (const [amount, fils] of [['0.07', 7], ['19.99', 1999], ['1234.50', 123450]] as const) {
      const ni = await create({ connection_id: ngenius, amount });
      expect([amount, ni.status, ni.body.payment.amount_fils]).toEqual([amount, 201, fils]);
      expect(JSON.parse(fakes.ngenius.calls.at(-1)!.body).amount).toEqual({ currencyCode: 'AED', value: fils });
      const tl = await create({ connection_id: telr, amount, return_url: 'https://shop.example.ae/paid' });
      expect([amount, tl.status, tl.body.payment.amount_fils]).toEqual([amount, 201, fils]);
      expect(new URLSearchParams(fakes.telr.calls.at(-1)!.body).get('ivp_amount')).toBe(amount);
    }
    const key = `test-${randomUUID()}`;
    const bad = await create({ connection_id: ngenius, amount: '1.005', idempotency_key: key });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'bad_request']);
    expect(bad.body.error.message).toMatch(/^amount: .*more than two decimals/);
    expect(await rowsByKey(key)).toHaveLength(0);
    const float = await create({ connection_id: ngenius, amount: 19.99 });
    expect([float.status, float.body.error.message]).toEqual([400, expect.stringMatching(/^amount: must be a decimal string/)]);
  });

  it("respects Stripe's AED minimum (200 fils) before anything is recorded", async () => {
    const key = `test-${randomUUID()}`;
    const before = fakes.stripe.calls.length;
    const res = await create({ connection_id: stripe, amount: '1.99', idempotency_key: key });
    expect([res.status, res.body.error.code]).toEqual([422, 'provider_refused']);
    expect(res.body.error.message).toMatch(/minimum charge in AED is AED 2\.00/);
    expect(fakes.stripe.calls.length).toBe(before);
    expect(await rowsByKey(key)).toHaveLength(0);
  });

  it('a provider refusal is a 422 with its message; the payment is failed, never paid, and a replay answers the same', async () => {
    fakes.failNext('stripe', { status: 402, body: { error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' } } });
    const key = `test-${randomUUID()}`;
    const res = await create({ connection_id: stripe, amount: '50.00', idempotency_key: key });
    expect([res.status, res.body.error.code, res.body.error.message]).toEqual([422, 'provider_refused', 'Stripe refused: Your card was declined.']);
    const [row] = await rowsByKey(key);
    expect([row!.status, row!.failure_reason]).toEqual(['failed', 'Stripe refused: Your card was declined.']);
    expect(await history(row!.id)).toEqual(['created', 'failed']);
    const calls = fakes.stripe.calls.length;
    const again = await create({ connection_id: stripe, amount: '50.00', idempotency_key: key });
    expect([again.status, again.body.error.message]).toEqual([422, 'Stripe refused: Your card was declined.']);
    expect(fakes.stripe.calls.length).toBe(calls);

    fakes.failNext('ngenius', { status: 400, body: { message: 'Bad Request', errors: [{ message: 'Invalid outlet', errorCode: 'outletNotFound' }] } });
    const ni = await create({ connection_id: ngenius, amount: '10.00' });
    expect([ni.status, ni.body.error.message]).toEqual([422, 'Network International N-Genius refused: Invalid outlet']);
  });

  it('provider down → 502 and the payment stays retryable; the same key then succeeds as the same payment', async () => {
    fakes.failNext('stripe', { status: 503, body: { error: { type: 'api_error', message: 'Service unavailable' } } });
    const key = `test-${randomUUID()}`;
    const down = await create({ connection_id: stripe, amount: '75.00', idempotency_key: key });
    expect([down.status, down.body.error.code]).toEqual([502, 'provider_failed']);
    expect((await rowsByKey(key))[0]).toMatchObject({ status: 'created', provider_payment_id: null, provider_call_until: null });
    const retry = await create({ connection_id: stripe, amount: '75.00', idempotency_key: key });
    expect([retry.status, retry.replayed, retry.body.payment.status]).toEqual([201, 'true', 'requires_action']);
    expect(await rowsByKey(key)).toHaveLength(1);
  });

  it('a provider that never answers → 504 after the timeout', async () => {
    fakes.failNext('ngenius', { hang: true });
    const res = await create({ connection_id: ngenius, amount: '10.00' });
    expect([res.status, res.body.error.code]).toEqual([504, 'provider_timeout']);
  }, 40_000);

  it('the same idempotency key five times at once → one provider call, one payment, the same answer', async () => {
    fakes.delay('stripe', 400);
    const key = `test-${randomUUID()}`;
    const before = fakes.stripe.calls.filter((c) => c.path === '/v1/payment_intents').length;
    const answers = await Promise.all(Array.from({ length: 5 }, () => create({ connection_id: stripe, amount: '99.00', idempotency_key: key })));
    fakes.delay('stripe', 0);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.payment.id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.body.client_secret)).size).toBe(1);
    expect(answers.filter((a) => a.replayed === 'true')).toHaveLength(4);
    expect(fakes.stripe.calls.filter((c) => c.path === '/v1/payment_intents').length - before).toBe(1);
    expect(await rowsByKey(key)).toHaveLength(1);
  });

  it('a different body under a used key is a 409 and changes nothing', async () => {
    const key = `test-${randomUUID()}`;
    expect((await create({ connection_id: stripe, amount: '20.00', idempotency_key: key })).status).toBe(201);
    const other = await create({ connection_id: stripe, amount: '21.00', idempotency_key: key });
    expect([other.status, other.body.error.code]).toEqual([409, 'conflict']);
    expect((await rowsByKey(key))[0]!.amount_fils).toBe('2000');
  });
});
