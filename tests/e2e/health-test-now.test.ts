import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { asActor, superuserSql } from '../support/db.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { SignInPage } from './pages/sign-in.po.ts';

const stack = inject('stack');
const sql = superuserSql();
let browser: Browser;
let fake: FakeProvider;
let A: Tenant;

beforeAll(async () => {
  browser = await launchChromium();
  fake = await startFakeProvider();
  A = await createTenant(sql, 'test-now');
  await sql`update public.integration_connections set base_url_override = ${fake.origin} where id = ${A.connectionId}`;
  await asActor(sql, A.admin, (tx) => tx`select public.set_credential(${A.connectionId}, 'secret_key', 'sk_test_TestNowKey000000000', ${stack.credentialsKey}, 'local-1')`, { commit: true });
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
  await sql.end();
});

async function hubAs(email: string) {
  const page = await browser.newPage();
  const signIn = new SignInPage(page, stack.dashboardUrl);
  await signIn.open('/integrations');
  await signIn.signIn(email, 'test-password-1');
  await page.waitForURL(`${stack.dashboardUrl}/integrations`);
  return page;
}

describe.runIf(stack.dashboard)('"Test now" on the hub (Chromium)', () => {
  it('an admin runs a connection\'s health check and sees the badge and time update', async () => {
    const page = await hubAs(A.admin.email);
    const card = page.locator(`[data-test="connection-card"][data-connection-id="${A.connectionId}"]`);
    expect(await card.locator('[data-test="connection-last-health-check"]').innerText()).toBe('never');
    await card.locator('[data-test="connection-test-now"]').click();
    await card.locator('[data-test="connection-test-result"]').waitFor();
    expect(await card.locator('[data-test="connection-test-result"]').innerText()).toMatch(/^Healthy: HTTP 200 in \d+ ms$/);
    await expect.poll(() => card.locator('[data-test="connection-health"]').innerText()).toMatch(/healthy/i);
    expect(await card.locator('[data-test="connection-last-health-check"]').innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(fake.received.filter((r) => r.path === '/v1/balance' && r.headers.authorization === 'Bearer sk_test_TestNowKey000000000')).toHaveLength(1);
    await page.close();
  }, 60_000);

  it('a viewer sees no "Test now"', async () => {
    const page = await hubAs(A.viewer.email);
    await page.locator(`[data-test="connection-card"][data-connection-id="${A.connectionId}"]`).waitFor();
    expect(await page.locator('[data-test="connection-test-now"]').count()).toBe(0);
    await page.close();
  }, 60_000);
});
