import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { asActor, superuserSql } from '../support/db.ts';
import { startFakePaymentProviders, type FakePaymentProviders } from '../support/fake-payment-providers.ts';
import { SECRETS } from '../support/provider-secrets.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { PaymentsPage } from './pages/payments.po.ts';
import { SignInPage } from './pages/sign-in.po.ts';

const stack = inject('stack');
const sql = superuserSql();
const orderReference = `ORD-E2E-${randomUUID().slice(0, 8)}`;
let browser: Browser;
let fakes: FakePaymentProviders;
let A: Tenant;
let paymentId: string;

async function processor(path: string, body: unknown) {
  const res = await fetch(`${stack.apiUrl}/functions/v1/payment-processor${path}`, {
    method: 'POST', headers: { authorization: `Bearer ${stack.serviceRoleKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  return res.json();
}

beforeAll(async () => {
  if (!stack.dashboard) return;
  browser = await launchChromium();
  fakes = await startFakePaymentProviders();
  A = await createTenant(sql, 'payments-page');
  await sql`update public.integration_connections set base_url_override = ${fakes.stripe.origin} where id = ${A.connectionId}`;
  await asActor(sql, A.admin, (tx) => tx`select public.set_credential(${A.connectionId}, 'secret_key', ${SECRETS.stripe.secret_key!}, ${stack.credentialsKey}, 'local-1')`, { commit: true });
  const made = await processor('', { connection_id: A.connectionId, amount: '300.00', currency: 'AED', order_reference: orderReference, idempotency_key: `e2e-${randomUUID()}` });
  paymentId = made.payment.id;
  fakes.pay('stripe', made.payment.provider_payment_id);
  await processor('/status', { payment_id: paymentId });
});
afterAll(async () => {
  await browser?.close();
  await fakes?.close();
  await sql.end();
});

async function paymentsAs(email: string) {
  const page = await browser.newPage();
  const signIn = new SignInPage(page, stack.dashboardUrl);
  await signIn.open('/integrations/payments');
  await signIn.signIn(email, 'test-password-1');
  await page.waitForURL(`${stack.dashboardUrl}/integrations/payments`);
  return { page, payments: new PaymentsPage(page, stack.dashboardUrl) };
}

describe.runIf(stack.dashboard)('payments pages (Chromium)', () => {
  it('the list shows the payment with its amount, provider, status and Dubai time; filters narrow it', async () => {
    const { page, payments } = await paymentsAs(A.admin.email);
    const row = payments.row(paymentId);
    await row.waitFor();
    expect(await row.locator('[data-test="payment-amount"]').innerText()).toBe('AED 300.00');
    expect(await row.locator('[data-test="payment-provider"]').innerText()).toBe('Stripe');
    expect(await row.locator('[data-test="payment-status"]').innerText()).toBe('Paid');
    expect(await row.locator('[data-test="payment-order-ref"]').innerText()).toBe(orderReference);
    expect(await row.locator('[data-test="payment-created"]').innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    await payments.filter('refunded');
    await payments.empty().waitFor();
    await payments.filter('succeeded', 'stripe');
    await payments.row(paymentId).waitFor();
    await payments.filter('', 'telr');
    await payments.empty().waitFor();
    await page.close();
  }, 60_000);

  it('an admin refunds part of the payment from its page and sees the status, refund and history', async () => {
    const { page, payments } = await paymentsAs(A.admin.email);
    await payments.openPayment(paymentId);
    expect(await payments.detailStatus().innerText()).toBe('Paid');
    expect(await payments.refund('100.00', 'Alteration not needed')).toBe('Refunded AED 100.00.');
    await expect.poll(() => payments.detailStatus().innerText()).toBe('Partially refunded');
    expect(await payments.refunds().locator('[data-test="payment-refund-amount"]').allInnerTexts()).toEqual(['AED 100.00']);
    expect(await page.locator('[data-test="payment-history-status"]').allInnerTexts()).toEqual([
      'Created', 'Created → Awaiting customer', 'Awaiting customer → Paid', 'Paid → Partially refunded',
    ]);
    expect(fakes.stripe.calls.filter((c) => c.path === '/v1/refunds')).toHaveLength(1);
    const [row] = await sql`select refunded_fils, status from public.payments where id = ${paymentId}`;
    expect(row).toEqual({ refunded_fils: '10000', status: 'partially_refunded' });
    await page.close();
  }, 60_000);

  it('in Arabic, a refund the provider refuses says so in Arabic and keeps Stripe\'s own words', async () => {
    const { page, payments } = await paymentsAs(A.admin.email);
    await page.context().addCookies([{ name: 'hub-locale', value: 'ar', url: stack.dashboardUrl }]);
    await payments.openPayment(paymentId);
    fakes.failNext('stripe', { status: 400, body: { error: { type: 'invalid_request_error', message: 'Charge ch_1 has been charged back.' } } });
    expect(await payments.refund('50.00', 'x')).toBe('رفض المزوّد الطلب (Stripe refused: Charge ch_1 has been charged back.)');
    await page.close();
  }, 60_000);

  it('a viewer sees the payment but no refund button', async () => {
    const { page, payments } = await paymentsAs(A.viewer.email);
    await payments.row(paymentId).waitFor();
    await payments.openPayment(paymentId);
    expect(await payments.detailStatus().innerText()).toMatch(/Paid|Partially refunded/);
    expect(await payments.refundForm().count()).toBe(0);
    expect(await page.locator('[data-test="payment-refund-submit"]').count()).toBe(0);
    await page.close();
  }, 60_000);
});
