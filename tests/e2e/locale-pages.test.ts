import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Sql } from '../support/db.ts';
import { ARTIFACTS, withBrowserAndDb } from '../support/e2e-session.ts';
import { createTenant } from '../support/tenants.ts';
import { SignInPage } from './pages/sign-in.po.ts';

const stack = inject('stack');
const PASSWORD = 'test-password-1';
const ARABIC = /[\u0600-\u06FF]/;
let browser: Browser;
let sql: Sql;

withBrowserAndDb((b, s) => {
  browser = b;
  sql = s;
});

const html = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `ar-${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(ARTIFACTS, `ar-${name}-phone.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe.runIf(stack.dashboard)('Arabic pages (Chromium)', () => {
  it('renders setup, connection, payments and notifications right to left with Arabic headings', async () => {
    const tenant = await createTenant(sql, 'locale-pages');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const signIn = new SignInPage(page, stack.dashboardUrl);
      await signIn.open('/integrations/notifications');
      await signIn.signIn(tenant.admin.email, PASSWORD);
      await page.waitForURL(`${stack.dashboardUrl}/integrations/notifications`);

      await context.addCookies([{ name: 'hub-locale', value: 'ar', url: stack.dashboardUrl }]);

      // The connection page's <h1> is the connection's own (Latin) name, so its first
      // section heading is the translated one there.
      const pages: Array<{ name: string; path: string; heading: string }> = [
        { name: 'setup', path: '/integrations/setup', heading: 'main h1' },
        { name: 'connection', path: `/integrations/${tenant.connectionId}`, heading: 'main h2' },
        { name: 'payments', path: '/integrations/payments', heading: 'main h1' },
        { name: 'notifications', path: '/integrations/notifications', heading: 'main h1' },
      ];
      for (const { name, path: pagePath, heading } of pages) {
        await page.goto(`${stack.dashboardUrl}${pagePath}`);
        const title = page.locator(heading).first();
        await title.waitFor();
        expect(await html(page), name).toEqual({ lang: 'ar', dir: 'rtl' });
        expect(await title.innerText(), name).toMatch(ARABIC);
        await shoot(page, name);
      }
    } finally {
      await context.close();
    }
  });
});
