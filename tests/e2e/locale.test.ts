import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Sql } from '../support/db.ts';
import { ARTIFACTS, withBrowserAndDb } from '../support/e2e-session.ts';
import { createTenant } from '../support/tenants.ts';
import { AnalyticsPage } from './pages/analytics.po.ts';
import { logCall } from './pages/logs-seed.po.ts';
import { LogsPage } from './pages/logs.po.ts';
import { SignInPage } from './pages/sign-in.po.ts';

const stack = inject('stack');
let browser: Browser;
let sql: Sql;

withBrowserAndDb((b, s) => {
  browser = b;
  sql = s;
});

const html = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
const text = (page: Page, dataTest: string) => page.locator(`[data-test="${dataTest}"]`).first().innerText();

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe.runIf(stack.dashboard)('English and Arabic (Chromium)', () => {
  it('switches the dashboard to Arabic, right to left, and back', async () => {
    const tenant = await createTenant(sql, 'locale');
    for (const [status, ms] of [[200, 120], [201, 80], [503, 2400]] as const) {
      await logCall(sql, tenant.orgId, { connection: tenant.connectionId, type: 'request', method: 'POST', path: '/v1/charges', status, ms });
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await new SignInPage(page, stack.dashboardUrl).open('/integrations/logs');
    await new SignInPage(page, stack.dashboardUrl).signIn(tenant.viewer.email, 'test-password-1');
    await page.waitForURL(`${stack.dashboardUrl}/integrations/logs`);
    const logs = new LogsPage(page, stack.dashboardUrl);
    await logs.settled();
    expect(await html(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await text(page, 'logs-title')).toBe('API Logs');

    await page.click('[data-test="locale-switch"]');
    await page.locator('[data-test="locale-switch"][data-locale="ar"]').waitFor();
    expect(await html(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await text(page, 'logs-title')).toBe('سجلات الواجهة البرمجية');
    expect(await text(page, 'nav-analytics')).toBe('التحليلات');
    expect(await page.locator('#sidebar-section-integrations').innerText()).toBe('التكاملات وواجهات البرمجة');
    expect(await text(page, 'user-role')).toBe('مشاهد');
    await expect.poll(() => text(page, 'logs-stat-total')).toBe('٣');
    expect(await text(page, 'log-type')).toBe('طلب');
    expect(await page.locator('[data-test="logs-filter-status"] option[value="5xx"]').innerText()).toBe('5xx خطأ في الخادم');
    // Mirrored: the sidebar sits to the right of the content.
    const aside = (await page.locator('aside').boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    expect(aside.x).toBeGreaterThan(main.x);
    await shoot(page, 'locale-ar-logs');

    // The choice is a cookie: it holds across reloads and pages.
    await logs.open();
    expect(await html(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    const analytics = new AnalyticsPage(page, stack.dashboardUrl);
    await analytics.open();
    expect(await text(page, 'analytics-title')).toBe('التحليلات');
    expect(await text(page, 'analytics-range-quarter')).toBe('ربع سنة');
    expect(await analytics.cardText('requests')).toBe('٣');
    await expect.poll(() => analytics.paintedPixels('chart-volume', [79, 70, 229])).toBeGreaterThan(20);
    await shoot(page, 'locale-ar-analytics');

    await page.goto(`${stack.dashboardUrl}/integrations`);
    await page.locator('[data-test="connection-card"]').first().waitFor();
    expect(await text(page, 'connection-category')).toBe('المدفوعات');
    expect(await text(page, 'connection-environment')).toBe('بيئة الاختبار');
    expect(await text(page, 'connection-status')).toBe('نشط');
    expect(await text(page, 'nav-integrations')).toBe('مركز التكاملات');
    await shoot(page, 'locale-ar-hub');

    await page.click('[data-test="locale-switch"]');
    await page.locator('[data-test="locale-switch"][data-locale="en"]').waitFor();
    expect(await html(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await text(page, 'connection-category')).toBe('Payments');
    await page.close();
  }, 120_000);
});
