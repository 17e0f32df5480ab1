import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/stack/config.ts';
import { launchChromium } from '../support/browser.ts';
import { connectToFake } from '../support/connections.ts';
import { superuserSql, type Sql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { NotificationsPage } from './pages/notifications.po.ts';
import { SignInPage } from './pages/sign-in.po.ts';

const stack = inject('stack');
const ARTIFACTS = path.join(ROOT, 'test-results');
let browser: Browser;
let sql: Sql;
let A: Tenant;
let sendgrid: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  sql = superuserSql();
  browser = await launchChromium();
  A = await createTenant(sql, 'email-alerts-ui');
  // Never called here: the page only stores settings. The origin is a closed port.
  sendgrid = await connectToFake(sql, A, 'sendgrid', 'http://127.0.0.1:9', 'Alerts SendGrid');
});
afterAll(async () => {
  await browser?.close();
  await sql?.end();
});

async function signedIn(email: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const signIn = new SignInPage(page, stack.dashboardUrl);
  await signIn.open('/integrations/notifications');
  await signIn.signIn(email, 'test-password-1');
  await page.waitForURL(`${stack.dashboardUrl}/integrations/notifications`);
  await new NotificationsPage(page, stack.dashboardUrl).ready();
  return page;
}

const settingsOfA = async () => (await sql`select enabled, sendgrid_connection_id, from_email, recipients, min_severity
  from public.notification_email_settings where organization_id = ${A.orgId}`)[0];

describe.skipIf(!stack.dashboard)('E-mail alerts on the notifications page (Chromium)', () => {
  it('an admin switches e-mail alerts on; bad input is refused field by field and stores nothing', async () => {
    const page = await signedIn(A.admin.email);
    const form = page.locator('[data-test="email-settings-form"]');
    await form.locator('[data-test="email-enabled"]').check();
    await form.locator('[data-test="email-from"]').fill('alerts@alkhayyat.ae');
    await form.locator('[data-test="email-recipients"]').fill('ops@alkhayyat.ae, not-an-address');
    await form.locator('[data-test="email-settings-save"]').click();
    await expect.poll(() => form.locator('[data-test="email-error-recipients"]').isVisible()).toBe(true);
    await form.locator('[data-test="email-recipients"]').fill('ops@alkhayyat.ae\nOwner@AlKhayyat.ae');
    await form.locator('[data-test="email-settings-save"]').click();
    await expect.poll(() => form.locator('[data-test="email-error-sendgrid_connection_id"]').isVisible()).toBe(true);
    expect(await settingsOfA()).toBeUndefined();

    await form.locator('[data-test="email-connection"]').selectOption(sendgrid);
    await form.locator('[data-test="email-severity"]').selectOption('warning');
    await form.locator('[data-test="email-settings-save"]').click();
    await form.locator('[data-test="email-settings-saved"]').waitFor();
    expect(await settingsOfA()).toEqual({
      enabled: true, sendgrid_connection_id: sendgrid, from_email: 'alerts@alkhayyat.ae',
      recipients: ['ops@alkhayyat.ae', 'owner@alkhayyat.ae'], min_severity: 'warning',
    });

    // A queued e-mail shows in "Recent e-mails" after a reload.
    await sql`insert into public.notifications (organization_id, kind, severity, title) values (${A.orgId}, 'system', 'critical', 'Queued alert')`;
    await page.reload();
    const delivery = page.locator('[data-test="email-delivery"]').first();
    await delivery.waitFor();
    expect(await delivery.getAttribute('data-status')).toBe('pending');
    expect(await delivery.innerText()).toContain('Queued alert');
    await page.screenshot({ path: path.join(ARTIFACTS, 'notification-email-admin.png'), fullPage: true });
    await page.close();
  });

  it('a viewer sees the summary and no form', async () => {
    const page = await signedIn(A.viewer.email);
    const section = page.locator('[data-test="email-alerts"]');
    await section.waitFor();
    expect(await section.locator('[data-test="email-settings-form"]').count()).toBe(0);
    const summary = await section.locator('[data-test="email-settings-summary"]').innerText();
    expect(summary).toContain('ops@alkhayyat.ae, owner@alkhayyat.ae');
    expect(summary).toContain('Alerts SendGrid');
    await page.close();
  });
});
