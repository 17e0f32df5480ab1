import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Sql } from '../support/db.ts';
import { ARTIFACTS, withBrowserAndDb } from '../support/e2e-session.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { HubPage } from './pages/hub.po.ts';
import { SignInPage } from './pages/sign-in.po.ts';

const stack = inject('stack');
let browser: Browser;
let sql: Sql;

withBrowserAndDb((b, s) => {
  browser = b;
  sql = s;
});

async function addConnection(orgId: string, slug: string, name: string, status: string, health: string): Promise<string> {
  const [row] = await sql`
    insert into public.integration_connections (organization_id, provider_id, name, status, health_status)
    select ${orgId}, p.id, ${name}, ${status}::public.connection_status, ${health}::public.health_status
      from public.integration_providers p where p.slug = ${slug} returning id`;
  return row!.id as string;
}

/** Four connections, one per type; another organization's connection must never show. */
async function seedHub(label: string): Promise<Tenant> {
  const tenant = await createTenant(sql, label);
  await sql`update public.integration_connections set health_status = 'healthy', last_health_check_at = '2026-11-25T10:05:09Z'
             where id = ${tenant.connectionId}`;
  await addConnection(tenant.orgId, 'aramex', 'Aramex express', 'active', 'degraded');
  await addConnection(tenant.orgId, 'facebook', 'Facebook page', 'error', 'down');
  await addConnection(tenant.orgId, 'mailchimp', 'Mailchimp news', 'pending', 'unknown');
  await createTenant(sql, `${label}-other`);
  return tenant;
}

async function signedIn(email: string, width = 1280): Promise<{ page: Page; hub: HubPage }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.clock.install(); // real time, until a test jumps past the 30 s refresh
  const signIn = new SignInPage(page, stack.dashboardUrl);
  await signIn.open('/integrations');
  await signIn.signIn(email, 'test-password-1');
  await page.waitForURL(`${stack.dashboardUrl}/integrations`);
  page.on('console', (message) => message.type() === 'error' && console.error(`[browser] ${message.text()}`));
  const hub = new HubPage(page);
  await hub.ready();
  return { page, hub };
}

describe.runIf(stack.dashboard)('Integration Hub (Chromium)', () => {
  it('shows the statistics, every connection with badges and quick actions', async () => {
    const tenant = await seedHub('hub-stats');
    const { page, hub } = await signedIn(tenant.admin.email);
    expect(await hub.stat('total')).toBe(4);
    expect(await hub.stat('active')).toBe(2);
    expect(await hub.stat('errors')).toBe(1);
    for (const health of ['healthy', 'degraded', 'down', 'unknown']) expect(await hub.stat(health)).toBe(1);
    expect(await hub.shownNames()).toEqual(['Aramex express', 'Facebook page', 'Mailchimp news', 'Stripe main']);

    const stripe = hub.card(tenant.connectionId);
    expect(await stripe.locator('[data-test="provider-name"]').innerText()).toBe('Stripe');
    expect(await stripe.locator('[data-test="connection-environment"]').innerText()).toBe('Sandbox');
    expect(await stripe.locator('[data-test="connection-status"]').innerText()).toBe('Active');
    expect(await stripe.locator('[data-test="connection-health"]').innerText()).toBe('Healthy');
    expect(await stripe.locator('[data-test="connection-last-health-check"]').innerText()).toBe('25/11/2026 14:05:09');
    expect(await stripe.locator('[data-test="connection-action-logs"]').getAttribute('href'))
      .toBe(`/integrations/logs?connection=${tenant.connectionId}`);
    expect(await stripe.locator('[data-test="connection-action-webhooks"]').getAttribute('href')).toBe('/integrations/webhooks');
    expect(await stripe.locator('[data-test="connection-action-analytics"]').getAttribute('href')).toBe('/integrations/analytics');
    expect(await hub.cards().locator('[data-test="connection-test-now"]').count()).toBe(4);

    // Keyboard: the filters are reachable and the logs action opens the filtered logs.
    await page.focus('[data-test="hub-filter-type"]');
    await stripe.locator('[data-test="connection-action-logs"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/integrations\/logs\?connection=/);
    await page.goBack();
    await hub.cards().first().waitFor();

    await page.screenshot({ path: path.join(ARTIFACTS, 'hub-desktop-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390); // nothing runs off a phone's screen
    await page.screenshot({ path: path.join(ARTIFACTS, 'hub-phone-390.png'), fullPage: true });
    await page.close();
  }, 90_000);

  it('filters by type and status, keeps them in the URL and across the 30 s refresh, which picks up new rows', async () => {
    const tenant = await seedHub('hub-filters');
    const { page, hub } = await signedIn(tenant.viewer.email);
    const query = () => Object.fromEntries(new URL(page.url()).searchParams);

    await hub.filter('type', 'shipping');
    expect(await hub.shownNames()).toEqual(['Aramex express']);
    expect(query()).toEqual({ type: 'shipping' });
    await hub.filter('type', '');
    await hub.filter('status', 'error');
    expect(await hub.shownNames()).toEqual(['Facebook page']);
    expect(query()).toEqual({ status: 'error' });
    expect(await hub.stat('total')).toBe(4); // the statistics are the whole organization's

    await hub.filter('type', 'messaging');
    await hub.filter('status', 'active');
    await hub.filteredEmpty().waitFor();
    expect(query()).toEqual({ type: 'messaging', status: 'active' });

    await addConnection(tenant.orgId, 'sendgrid', 'SendGrid alerts', 'active', 'healthy');
    await page.waitForTimeout(1_000);
    expect(await hub.connectionNames()).toEqual([]); // not before the refresh is due
    await page.clock.fastForward('00:31');
    await expect.poll(() => hub.connectionNames(), { timeout: 10_000 }).toEqual(['SendGrid alerts']);
    expect(await hub.stat('total')).toBe(5);
    expect(query()).toEqual({ type: 'messaging', status: 'active' });
    expect(await page.inputValue('[data-test="hub-filter-type"]')).toBe('messaging');

    // The URL alone restores the filters: the server renders them, even without JavaScript.
    const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    const plain = await noJs.newPage();
    await plain.goto(`${stack.dashboardUrl}/integrations?type=social`);
    expect(await new HubPage(plain).connectionNames()).toEqual(['Facebook page']);
    expect(await plain.inputValue('[data-test="hub-filter-type"]')).toBe('social');
    await noJs.close();
    await page.close();
  }, 90_000);

  it('switches to Arabic, right to left, with translated labels', async () => {
    const tenant = await seedHub('hub-arabic');
    const { page, hub } = await signedIn(tenant.admin.email);
    await page.click('[data-test="locale-switch"]');
    await page.locator('[data-test="locale-switch"][data-locale="ar"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('[data-test="hub-title"]').innerText()).toBe('مركز التكاملات');
    expect(await hub.statText('total')).toBe('٤');
    expect(await page.locator('[data-test="hub-filter-type"] option[value="messaging"]').innerText()).toBe('التسويق والمراسلة');
    expect(await hub.card(tenant.connectionId).locator('[data-test="connection-action-logs"]').innerText()).toBe('عرض السجلات');
    expect(await hub.card(tenant.connectionId).locator('[data-test="connection-test-now"]').innerText()).toBe('افحص الآن');
    await hub.filter('type', 'social');
    expect(await hub.shownNames()).toEqual(['Facebook page']);
    await page.screenshot({ path: path.join(ARTIFACTS, 'hub-ar-desktop-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'hub-ar-phone-390.png'), fullPage: true });
    await page.close();
  }, 90_000);

  it('a viewer sees the quick links but no "Test now"', async () => {
    const tenant = await seedHub('hub-viewer');
    const { page, hub } = await signedIn(tenant.viewer.email);
    expect(await hub.cards().count()).toBe(4);
    expect(await page.locator('[data-test="connection-test-now"]').count()).toBe(0);
    expect(await page.locator('[data-test="hub-connect"]').count()).toBe(0);
    expect(await hub.cards().locator('[data-test="connection-action-logs"]').count()).toBe(4);
    await page.close();
  }, 60_000);
});
