import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/stack/config.ts';
import { launchChromium } from '../support/browser.ts';
import { superuserSql } from '../support/db.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { ConnectionPage } from './pages/connection-page.po.ts';
import { SetupWizardPage, signedInPage } from './pages/setup-wizard.po.ts';

const stack = inject('stack');
const sql = superuserSql();
const ARTIFACTS = path.join(ROOT, 'test-results');
const SECRET = 'sk_test_WizardKey1234567890';
const routes: Record<string, { status: number }> = {};
let browser: Browser;
let fake: FakeProvider;
let A: Tenant;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  fake = await startFakeProvider({ routes });
  A = await createTenant(sql, 'wizard');
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
  await sql.end();
});

const signedIn = (email: string, width?: number) => signedInPage(browser, stack.dashboardUrl, email, width);
const connectionCount = async () =>
  (await sql`select count(*)::int as n from public.integration_connections where organization_id = ${A.orgId}`)[0]!.n as number;

describe.runIf(stack.dashboard)('setup wizard (Chromium)', () => {
  it('an admin connects Stripe in four steps: a failing test, a passing test, then the masked key on the connection page', async () => {
    const page = await signedIn(A.admin.email);
    const wizard = new SetupWizardPage(page, stack.dashboardUrl);
    await wizard.open();
    await wizard.waitForStep(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'setup-wizard-desktop.png'), fullPage: true });

    await wizard.filterCategory('payment');
    expect((await wizard.providerSlugs()).sort()).toEqual(['network_international', 'paypal', 'stripe', 'telr']);
    await wizard.filterCategory('all');
    await wizard.search('strip');
    expect(await wizard.providerSlugs()).toEqual(['stripe']);
    await wizard.chooseProvider('stripe');

    await wizard.fillName('Stripe wizard shop');
    await wizard.chooseEnvironment('sandbox');
    await wizard.fillBaseUrl(fake.origin);
    await wizard.continue();
    await wizard.waitForStep(3);

    await wizard.fillCredential('secret_key', SECRET);
    expect(await wizard.credentialInput('secret_key').getAttribute('type')).toBe('password');
    await wizard.toggleSecret('secret_key');
    expect(await wizard.credentialInput('secret_key').getAttribute('type')).toBe('text');
    await wizard.toggleSecret('secret_key');

    routes['/v1/balance'] = { status: 401 };
    const failed = await wizard.testConnection();
    expect(failed.status).toBe('down');
    expect(failed.message).toMatch(/HTTP 401/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'setup-wizard-test-failed-desktop.png'), fullPage: true });

    delete routes['/v1/balance'];
    const passed = await wizard.testConnection();
    expect(passed.status).toBe('healthy');
    expect(fake.received.filter((r) => r.path === '/v1/balance' && r.headers.authorization === `Bearer ${SECRET}`)).toHaveLength(2);
    expect(await connectionCount()).toBe(1); // testing stored nothing

    await wizard.continue();
    await wizard.waitForStep(4);
    expect(await wizard.reviewValue('credential-secret_key').innerText()).toBe('••••7890');
    expect(await wizard.reviewValue('base-url').innerText()).toBe(fake.origin);
    expect(await wizard.confirmUnverified().count()).toBe(0); // the last test passed
    expect(await page.content()).not.toContain(SECRET);
    await page.screenshot({ path: path.join(ARTIFACTS, 'setup-wizard-review-desktop.png'), fullPage: true });

    await wizard.create();
    await page.waitForURL(/\/integrations\/[0-9a-f-]{36}\?created=1$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const connection = new ConnectionPage(page, stack.dashboardUrl);
    await connection.root().waitFor();
    expect(await connection.title().innerText()).toBe('Stripe wizard shop');
    expect(await connection.hint('secret_key')).toBe('••••7890');
    expect(await page.content()).not.toContain(SECRET);
    await page.screenshot({ path: path.join(ARTIFACTS, 'connection-page-desktop.png'), fullPage: true });

    const [row] = await sql`select name, environment, status, base_url_override from public.integration_connections where id = ${id}`;
    expect(row).toEqual({ name: 'Stripe wizard shop', environment: 'sandbox', status: 'active', base_url_override: fake.origin });

    await page.goto(`${stack.dashboardUrl}/integrations`);
    const card = page.locator(`[data-test="connection-card"][data-connection-id="${id}"]`);
    expect(await card.locator('[data-test="connection-name"]').innerText()).toBe('Stripe wizard shop');
    await card.locator('[data-test="connection-link"]').click();
    await page.waitForURL(`${stack.dashboardUrl}/integrations/${id}`);
    expect(await connection.hint('secret_key')).toBe('••••7890');
    await page.close();
  }, 120_000);

  it('fits a 390 px phone', async () => {
    const page = await signedIn(A.admin.email, 390);
    const wizard = new SetupWizardPage(page, stack.dashboardUrl);
    await wizard.open();
    await wizard.waitForStep(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'setup-wizard-phone.png'), fullPage: true });
    await wizard.chooseProvider('stripe');
    await wizard.continue();
    await wizard.waitForStep(3);
    await page.screenshot({ path: path.join(ARTIFACTS, 'setup-wizard-credentials-phone.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  }, 60_000);

  it('a viewer gets no wizard and no "Connect a provider"', async () => {
    const page = await signedIn(A.viewer.email);
    const wizard = new SetupWizardPage(page, stack.dashboardUrl);
    expect(await page.locator('a[href="/integrations/setup"]:not([data-test^="nav-"])').count()).toBe(0);
    await wizard.open();
    await wizard.adminsOnly().waitFor();
    expect(await wizard.root().count()).toBe(0);
    await page.close();
  }, 60_000);
});
