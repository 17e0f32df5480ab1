import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { superuserSql } from '../support/db.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { SetupWizardPage, signedInPage } from './pages/setup-wizard.po.ts';

const stack = inject('stack');
const sql = superuserSql();
const routes: Record<string, { status: number }> = {};
let browser: Browser;
let fake: FakeProvider;
let A: Tenant;

beforeAll(async () => {
  browser = await launchChromium();
  fake = await startFakeProvider({ routes });
  A = await createTenant(sql, 'wizard-bad');
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
  await sql.end();
});

const signedIn = (email: string) => signedInPage(browser, stack.dashboardUrl, email);
const connectionCount = async () =>
  (await sql`select count(*)::int as n from public.integration_connections where organization_id = ${A.orgId}`)[0]!.n as number;

describe.runIf(stack.dashboard)('setup wizard validation (Chromium)', () => {
  it('bad input shows field errors, a failed test needs confirmation, and nothing is stored', async () => {
    const before = await connectionCount();
    const page = await signedIn(A.admin.email);
    const wizard = new SetupWizardPage(page, stack.dashboardUrl);
    await wizard.open();
    await wizard.chooseProvider('stripe');
    await wizard.fillName('   ');
    await wizard.fillBaseUrl('ftp://files.example.com');
    await wizard.continue();
    expect(await wizard.fieldError('name').innerText()).toBe('Enter a name for this connection.');
    expect(await wizard.fieldError('base_url_override').innerText()).toMatch(/full URL/);
    expect(await wizard.step()).toBe(2);

    await wizard.fillName('Stripe main'); // taken: createTenant made it
    await wizard.fillBaseUrl(fake.origin);
    await wizard.continue();
    await wizard.waitForStep(3);
    await wizard.fillCredential('secret_key', 'not-a-stripe-key');
    await wizard.continue();
    expect(await wizard.fieldError('credential.secret_key').innerText()).toMatch(/Secret key does not look right/);
    expect(await wizard.step()).toBe(3);

    await wizard.fillCredential('secret_key', 'sk_test_BadInputCase00000001');
    routes['/v1/balance'] = { status: 401 };
    expect((await wizard.testConnection()).status).toBe('down');
    delete routes['/v1/balance'];
    await wizard.continue();
    await wizard.waitForStep(4);
    await wizard.create();
    await wizard.fieldError('confirm_unverified').waitFor();
    expect(await connectionCount()).toBe(before);

    await wizard.confirmUnverified().check();
    await wizard.create();
    await wizard.waitForStep(2); // the server found the name taken and sends the admin back to it
    expect(await wizard.fieldError('name').innerText()).toMatch(/already exists/);
    expect(await connectionCount()).toBe(before);

    await page.goto(`${stack.dashboardUrl}/integrations`); // leaving midway
    expect(await connectionCount()).toBe(before);
    await page.close();
  }, 120_000);

});
