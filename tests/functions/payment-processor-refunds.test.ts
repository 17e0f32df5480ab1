import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ProviderSlug } from '../../supabase/functions/_shared/providers/provider.schema.ts';
import { asActor, superuserSql } from '../support/db.ts';
import { startFakePaymentProviders, type FakePaymentProviders } from '../support/fake-payment-providers.ts';
import { SECRETS } from '../support/provider-secrets.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
const sql = superuserSql();
let fakes: FakePaymentProviders;
let A: Tenant;
const conn = {} as Record<'stripe' | 'paypal' | 'ngenius' | 'telr', string>;

async function connect(slug: ProviderSlug, origin: string, settings: Record<string, Record<string, string>> = {}): Promise<string> {
  const [row] = await sql`insert into public.integration_connections (organization_id, provider_id, name, status, base_url_override, settings)
    select ${A.orgId}, p.id, ${`${slug} ${randomUUID().slice(0, 8)}`}, 'active', ${origin}, ${sql.json(settings)} from public.integration_providers p where p.slug = ${slug} returning id`;
  for (const [field, value] of Object.entries(SECRETS[slug])) {
    await asActor(sql, { kind: 'service' }, (tx) => tx`select public.set_credential(${row!.id}, ${field}, ${value}, ${stack.credentialsKey}, 'local-1')`, { commit: true });
  }
  return row!.id as string;
}

async function post(path: string, body: Record<string, unknown>) {
  const res = await fetch(`${stack.apiUrl}/functions/v1/payment-processor${path}`, {
    method: 'POST', headers: { authorization: `Bearer ${stack.serviceRoleKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  return { status: res.status, replayed: res.headers.get('idempotent-replayed'), body: await res.json() };
}

const create = (connection_id: string, amount: string) =>
  post('', { connection_id, amount, currency: 'AED', order_reference: 'ORD-R', idempotency_key: `test-${randomUUID()}`, return_url: 'https://shop.example.ae/back' });
const refund = (payment_id: string, extra: Record<string, unknown> = {}) => post('/refund', { payment_id, idempotency_key: `test-${randomUUID()}`, ...extra });
const history = async (id: string) => (await sql`select to_status, source from public.payment_status_history where payment_id = ${id} order by id`).map((r) => `${r.to_status}:${r.source}`);

beforeAll(async () => {
  fakes = await startFakePaymentProviders();
  A = await createTenant(sql, 'pay-refund');
  conn.stripe = await connect('stripe', fakes.stripe.origin);
  conn.paypal = await connect('paypal', fakes.paypal.origin, { conversion: { currency: 'USD', rate: '0.2723' } });
  conn.ngenius = await connect('network_international', fakes.ngenius.origin);
  conn.telr = await connect('telr', fakes.telr.origin);
});
afterAll(async () => {
  await fakes.close();
  await sql.end();
});

describe('payment-processor: status, capture and refunds per provider', () => {
  it('Stripe: a status check reconciles; partial then full refunds; the same key is one refund; more than is left is refused', async () => {
    const { body } = await create(conn.stripe, '1000.00');
    fakes.pay('stripe', body.payment.provider_payment_id);
    expect((await post('/status', { payment_id: body.payment.id })).body.payment.status).toBe('succeeded');

    const key = `test-${randomUUID()}`;
    const first = await refund(body.payment.id, { amount: '250.50', idempotency_key: key, reason: 'requested_by_customer' });
    expect([first.status, first.body.refund.amount_fils, first.body.refund.status, first.body.payment.status]).toEqual([201, 25050, 'succeeded', 'partially_refunded']);
    const sent = new URLSearchParams(fakes.stripe.calls.filter((c) => c.path === '/v1/refunds').at(-1)!.body);
    expect([sent.get('amount'), sent.get('payment_intent'), sent.get('reason')]).toEqual(['25050', body.payment.provider_payment_id, 'requested_by_customer']);
    const refundCalls = fakes.stripe.calls.filter((c) => c.path === '/v1/refunds').length;
    const again = await refund(body.payment.id, { amount: '250.50', idempotency_key: key });
    expect([again.status, again.replayed, again.body.refund.id]).toEqual([201, 'true', first.body.refund.id]);
    expect(fakes.stripe.calls.filter((c) => c.path === '/v1/refunds').length).toBe(refundCalls);
    expect((await refund(body.payment.id, { amount: '1.00', idempotency_key: key })).status).toBe(409);

    const tooMuch = await refund(body.payment.id, { amount: '800.00' });
    expect([tooMuch.status, tooMuch.body.error.message]).toEqual([400, 'amount: AED 800.00 is more than the AED 749.50 left to refund.']);
    const rest = await refund(body.payment.id);
    expect([rest.body.refund.amount_fils, rest.body.payment.status, rest.body.payment.refunded_fils]).toEqual([74950, 'refunded', 100000]);
    expect((await refund(body.payment.id)).status).toBe(409);
    expect(await history(body.payment.id)).toEqual(['created:api', 'requires_action:api', 'succeeded:reconcile', 'partially_refunded:api', 'refunded:api']);
  });

  it('a refund of an unpaid payment is a 409; a refused refund is recorded as failed with the provider\'s message', async () => {
    const { body } = await create(conn.stripe, '30.00');
    expect((await refund(body.payment.id)).status).toBe(409);
    fakes.pay('stripe', body.payment.provider_payment_id);
    await post('/status', { payment_id: body.payment.id });
    fakes.failNext('stripe', { status: 400, body: { error: { type: 'invalid_request_error', message: 'Charge ch_1 has been charged back.' } } });
    const refused = await refund(body.payment.id);
    expect([refused.status, refused.body.error.message]).toEqual([422, 'Stripe refused: Charge ch_1 has been charged back.']);
    const rows = await sql`select status, failure_reason from public.payment_refunds where payment_id = ${body.payment.id}`;
    expect(rows).toEqual([{ status: 'failed', failure_reason: 'Stripe refused: Charge ch_1 has been charged back.' }]);
    expect((await sql`select status, refunded_fils from public.payments where id = ${body.payment.id}`)[0]).toEqual({ status: 'succeeded', refunded_fils: '0' });
  });

  it('PayPal with a configured conversion: USD at the recorded rate, approval URL, capture, refunds adding up to the charge exactly', async () => {
    const { status, body } = await create(conn.paypal, '19.99');
    expect(status).toBe(201);
    expect(body.payment.conversion).toEqual({ currency: 'USD', rate: '0.2723', amount_minor: 544 });
    expect(body.approval_url).toBe(`https://www.sandbox.paypal.com/checkoutnow?token=${body.payment.provider_payment_id}`);
    const order = fakes.paypal.calls.find((c) => c.path === '/v2/checkout/orders')!;
    expect(JSON.parse(order.body).purchase_units[0].amount).toEqual({ currency_code: 'USD', value: '5.44' });
    expect(order.headers['paypal-request-id']).toBe(`hub-payment-${body.payment.id}`);
    expect(order.headers.authorization).toMatch(/^Bearer A21AA-/);

    expect((await post('/capture', { payment_id: body.payment.id })).status).toBe(422); // not approved yet
    fakes.pay('paypal', body.payment.provider_payment_id);
    const captured = await post('/capture', { payment_id: body.payment.id });
    expect(captured.body.payment.status).toBe('succeeded');

    await refund(body.payment.id, { amount: '10.00' });
    await refund(body.payment.id);
    const refunds = fakes.paypal.calls.filter((c) => c.path.endsWith('/refund')).map((c) => JSON.parse(c.body).amount);
    expect(refunds).toEqual([{ value: '2.72', currency_code: 'USD' }, { value: '2.72', currency_code: 'USD' }]);
    expect(fakes.paypal.calls.filter((c) => c.path === '/v1/oauth2/token')).toHaveLength(1);
    const [row] = await sql`select status, charged_amount_minor, charged_currency, conversion_rate::text, provider_reference from public.payments where id = ${body.payment.id}`;
    expect(row).toMatchObject({ status: 'refunded', charged_amount_minor: '544', charged_currency: 'USD', conversion_rate: '0.2723000000' });
    expect(row!.provider_reference).toMatch(/^CAP-/);
  });

  it('N-Genius: one cached access token, order in AED minor units on the outlet, payment page URL, refund through its link', async () => {
    const first = await create(conn.ngenius, '1234.50');
    const second = await create(conn.ngenius, '10.00');
    expect(first.body.approval_url).toMatch(/^https:\/\/paypage\.sandbox\.ngenius-payments\.com\//);
    expect(fakes.ngenius.calls.filter((c) => c.path === '/identity/auth/access-token')).toHaveLength(1);
    const order = fakes.ngenius.calls.find((c) => c.method === 'POST' && c.path.endsWith('/orders'))!;
    expect(order.path).toBe(`/transactions/outlets/${SECRETS.network_international.outlet_reference}/orders`);
    expect(order.headers['content-type']).toBe('application/vnd.ni-payment.v2+json');
    expect(JSON.parse(order.body)).toMatchObject({ action: 'PURCHASE', amount: { currencyCode: 'AED', value: 123450 }, merchantOrderReference: first.body.payment.id });

    fakes.pay('ngenius', first.body.payment.provider_payment_id);
    expect((await post('/status', { payment_id: first.body.payment.id })).body.payment.status).toBe('succeeded');
    const done = await refund(first.body.payment.id);
    expect([done.status, done.body.payment.status]).toEqual([201, 'refunded']);
    expect(JSON.parse(fakes.ngenius.calls.at(-1)!.body)).toEqual({ amount: { currencyCode: 'AED', value: 123450 } });
    expect((await refund(second.body.payment.id)).status).toBe(409);
  });

  it('Telr: order.json create with a unique cart and ivp_test=1, payment URL, status check; refunds point to the Telr dashboard', async () => {
    const { body } = await create(conn.telr, '1234.50');
    const sent = new URLSearchParams(fakes.telr.calls.at(-1)!.body);
    expect(Object.fromEntries(sent)).toMatchObject({
      ivp_method: 'create', ivp_test: '1', ivp_cart: body.payment.id, ivp_amount: '1234.50', ivp_currency: 'AED',
      ivp_store: SECRETS.telr.store_id, ivp_authkey: SECRETS.telr.auth_key, return_auth: 'https://shop.example.ae/back',
    });
    expect(body.approval_url).toMatch(/^https:\/\/secure\.telr\.com\/gateway\/process\.html\?o=TELR/);
    const [row] = await sql`select provider_payment_id, provider_reference from public.payments where id = ${body.payment.id}`;
    expect(row!.provider_payment_id).toBe(body.payment.id); // the cart id Telr's advice carries back
    fakes.pay('telr', row!.provider_reference);
    expect((await post('/status', { payment_id: body.payment.id })).body.payment.status).toBe('succeeded');
    const res = await refund(body.payment.id);
    expect([res.status, res.body.error.code]).toEqual([422, 'provider_refused']);
    expect(res.body.error.message).toMatch(/Telr Merchant Admin dashboard/);
    expect(await sql`select 1 from public.payment_refunds where payment_id = ${body.payment.id}`).toHaveLength(0);
  });

  it('logs every provider call of all four (token requests too) and no key, token or secret in any row', async () => {
    let rows: Array<{ text: string; provider: string; path: string }> = [];
    for (let i = 0; i < 50; i++) {
      rows = await sql`select to_jsonb(l)::text as text, p.slug as provider, l.path from public.integration_logs l
        join public.integration_connections c on c.id = l.connection_id join public.integration_providers p on p.id = c.provider_id
        where l.organization_id = ${A.orgId}` as unknown as typeof rows;
      if (new Set(rows.map((r) => r.provider)).size === 4) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(new Set(rows.map((r) => r.provider))).toEqual(new Set(['stripe', 'paypal', 'network_international', 'telr']));
    expect(rows.some((r) => r.provider === 'paypal' && r.path === '/v1/oauth2/token')).toBe(true);
    const everything = rows.map((r) => r.text).join('\n');
    for (const slug of ['stripe', 'paypal', 'network_international', 'telr'] as const) {
      for (const [field, value] of Object.entries(SECRETS[slug])) if (/secret|key|auth/.test(field)) expect(everything).not.toContain(value);
    }
    expect(everything).not.toMatch(/A21AA-|ni-token-/); // the access tokens handed out
  });
});
