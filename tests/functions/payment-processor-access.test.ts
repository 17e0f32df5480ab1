import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ProviderSlug } from '../../supabase/functions/_shared/providers/provider.schema.ts';
import { asActor, superuserSql } from '../support/db.ts';
import { startFakePaymentProviders, type FakePaymentProviders } from '../support/fake-payment-providers.ts';
import { SECRETS } from '../support/provider-secrets.ts';
import { accessTokenOf } from '../support/supabase.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const stack = inject('stack');
const sql = superuserSql();
const SERVICE = `Bearer ${stack.serviceRoleKey}`;
let fakes: FakePaymentProviders;
let A: Tenant;
let B: Tenant;
let stripeA: string;
let paypalA: string;

async function connect(tenant: Tenant, slug: ProviderSlug, origin: string): Promise<string> {
  const [row] = await sql`insert into public.integration_connections (organization_id, provider_id, name, status, base_url_override)
    select ${tenant.orgId}, p.id, ${`${slug} ${randomUUID().slice(0, 8)}`}, 'active', ${origin} from public.integration_providers p where p.slug = ${slug} returning id`;
  for (const [field, value] of Object.entries(SECRETS[slug])) {
    await asActor(sql, { kind: 'service' }, (tx) => tx`select public.set_credential(${row!.id}, ${field}, ${value}, ${stack.credentialsKey}, 'local-1')`, { commit: true });
  }
  return row!.id as string;
}

async function post(path: string, body: unknown, authorization?: string, method = 'POST') {
  const res = await fetch(`${stack.apiUrl}/functions/v1/payment-processor${path}`, {
    method, headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: method === 'GET' ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

const payment = (connection_id: string, extra: Record<string, unknown> = {}) =>
  ({ connection_id, amount: '25.00', currency: 'AED', order_reference: 'ORD-A', idempotency_key: `test-${randomUUID()}`, ...extra });
const tokenOf = async (email: string) => `Bearer ${await accessTokenOf(email)}`;
const apiKeyOf = async (tenant: Tenant, connectionIds: string[], all = false) =>
  `Bearer ${(await asActor(sql, { kind: 'service' }, (tx) => tx`select public.create_api_key(${tenant.orgId}, 'payments', ${connectionIds}::uuid[], ${all}) as k`, { commit: true }))[0]!.k.key}`;

beforeAll(async () => {
  fakes = await startFakePaymentProviders();
  A = await createTenant(sql, 'pay-access-a');
  B = await createTenant(sql, 'pay-access-b');
  stripeA = await connect(A, 'stripe', fakes.stripe.origin);
  paypalA = await connect(A, 'paypal', fakes.paypal.origin);
});
afterAll(async () => {
  await fakes.close();
  await sql.end();
});

describe('payment-processor: who may call, and bad input', () => {
  it('admins of the organization and the service role may; viewers get 403, other organizations 404, no or anon token 401', async () => {
    expect((await post('', payment(stripeA))).status).toBe(401);
    expect((await post('', payment(stripeA), `Bearer ${stack.anonKey}`)).status).toBe(401);
    expect((await post('', payment(stripeA), SERVICE)).status).toBe(201);
    const admin = await post('', payment(stripeA), await tokenOf(A.admin.email));
    expect(admin.status).toBe(201);
    expect((await sql`select requested_by_type, requested_by_id from public.payments where id = ${admin.body.payment.id}`)[0]).toEqual({ requested_by_type: 'user', requested_by_id: A.admin.id });
    const viewer = await post('', payment(stripeA), await tokenOf(A.viewer.email));
    expect([viewer.status, viewer.body.error.code]).toEqual([403, 'forbidden']);
    const other = await post('', payment(stripeA), await tokenOf(B.admin.email));
    expect([other.status, other.body.error.code]).toEqual([404, 'not_found']);

    fakes.pay('stripe', admin.body.payment.provider_payment_id);
    await post('/status', { payment_id: admin.body.payment.id }, SERVICE);
    const refundBody = { payment_id: admin.body.payment.id, idempotency_key: `test-${randomUUID()}` };
    expect((await post('/refund', refundBody, await tokenOf(A.viewer.email))).status).toBe(403);
    expect((await post('/refund', refundBody, await tokenOf(B.admin.email))).status).toBe(404);
    expect((await post('/refund', refundBody, await tokenOf(A.admin.email))).status).toBe(201);
    const history = await sql`select to_status, source from public.payment_status_history where payment_id = ${admin.body.payment.id} order by id`;
    expect(history.at(-1)).toEqual({ to_status: 'refunded', source: 'admin' });
  });

  it('organization API keys: their own scoped connections only; revoked keys stop at once', async () => {
    const scoped = await apiKeyOf(A, [stripeA]);
    const made = await post('', payment(stripeA), scoped);
    expect(made.status).toBe(201);
    expect((await sql`select requested_by_type from public.payments where id = ${made.body.payment.id}`)[0]!.requested_by_type).toBe('api_key');
    expect((await post('', payment(paypalA), scoped)).status).toBe(403);
    expect((await post('', payment(stripeA), await apiKeyOf(B, [], true))).status).toBe(404);
    expect((await post('', payment(stripeA), 'Bearer hub_live_notARealKey000000000000000000000')).status).toBe(401);
    await sql`update public.api_keys set revoked_at = now() where organization_id = ${A.orgId}`;
    expect((await post('', payment(stripeA), scoped)).status).toBe(401);
  });

  it('PayPal with AED and no configured conversion: a clear 422, no call to PayPal, nothing recorded', async () => {
    const body = payment(paypalA);
    const res = await post('', body, SERVICE);
    expect([res.status, res.body.error.code]).toEqual([422, 'provider_refused']);
    expect(res.body.error.message).toMatch(/^PayPal does not support AED\. .*settings\.conversion/);
    expect(fakes.paypal.calls).toHaveLength(0);
    expect(await sql`select 1 from public.payments where idempotency_key = ${body.idempotency_key}`).toHaveLength(0);
  });

  it('refuses bad input with a clear 4xx naming the field, and changes nothing', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [payment(stripeA, { currency: 'USD' }), /^currency: only AED is accepted/],
      [payment(stripeA, { amount: '0' }), /^amount: An amount must be more than zero/],
      [payment(stripeA, { amount: '-5.00' }), /^amount: An amount cannot be negative/],
      [payment(stripeA, { amount: 'ten' }), /^amount: "ten" is not an amount/],
      [payment(stripeA, { idempotency_key: 'short' }), /^idempotency_key: must be at least 8/],
      [payment(stripeA, { surprise: true }), /surprise/],
      [payment('not-a-uuid'), /^connection_id:/],
    ];
    for (const [body, message] of cases) {
      const res = await post('', body, SERVICE);
      expect([res.status, res.body.error.message]).toEqual([400, expect.stringMatching(message)]);
    }
    const courier = await connect(A, 'aramex', fakes.stripe.origin);
    expect((await post('', payment(courier), SERVICE)).body.error.message).toMatch(/Aramex, which is not a payment provider/);
    expect((await post('', payment('00000000-0000-4000-8000-00000000dead'), SERVICE)).status).toBe(404);
    expect((await post('/refund', { payment_id: randomUUID(), idempotency_key: 'test-key-123' }, SERVICE)).status).toBe(404);
    expect((await post('', null, SERVICE, 'GET')).status).toBe(405);
    expect((await post('/nope', {}, SERVICE)).status).toBe(404);
  });
});
