import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/stack/config.ts';
import { launchChromium } from '../support/browser.ts';
import { superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { createWebhookEndpoint } from '../unit/webhook-processing/webhook-fixtures.ts';
import { signedInPage } from './pages/setup-wizard.po.ts';
import { WebhooksPage } from './pages/webhooks.po.ts';

const stack = inject('stack');
const sql = superuserSql();
const ARTIFACTS = path.join(ROOT, 'test-results');
const run = randomUUID().slice(0, 8);
let browser: Browser;
let A: Tenant;

beforeAll(async () => {
  if (!stack.dashboard) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  A = await createTenant(sql, 'webhooks-viewer');
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

const signedIn = (email: string, width?: number) => signedInPage(browser, stack.dashboardUrl, email, width);

describe.runIf(stack.dashboard)('webhooks page for a viewer (Chromium)', () => {
  it('a viewer sees endpoints and events read-only, in English and in Arabic, on a phone', async () => {
    const seeded = await createWebhookEndpoint(sql, { orgId: A.orgId, slug: 'stripe', credentialsKey: stack.credentialsKey, credentials: { webhook_signing_secret: 'whsec_viewer_seeded_1' } });
    await sql`insert into public.webhook_events (organization_id, endpoint_id, connection_id, provider_event_id, event_type, payload, status, attempts, last_error)
              values (${A.orgId}, ${seeded.endpointId}, ${seeded.connectionId}, ${`evt_dead_${run}`}, 'charge.refunded', '{"id":"evt"}', 'dead', 8, 'boom')`;
    const page = await signedIn(A.viewer.email, 390);
    const hooks = new WebhooksPage(page, stack.dashboardUrl);
    await hooks.open();
    await hooks.endpointCard(seeded.endpointId).waitFor();
    expect(await hooks.writeControls().count()).toBe(0);
    await hooks.openEndpoint(seeded.endpointId);
    await hooks.event(`evt_dead_${run}`).waitFor();
    expect(await hooks.event(`evt_dead_${run}`).locator('[data-test="webhook-event-error"]').innerText()).toContain('boom');
    expect(await page.locator('[data-test="webhook-secret-hint"]').innerText()).toMatch(/^••••/);
    expect(await hooks.writeControls().count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(ARTIFACTS, 'webhooks-endpoint-phone.png'), fullPage: true });

    await page.context().addCookies([{ name: 'hub-locale', value: 'ar', url: stack.dashboardUrl }]);
    await hooks.open();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('[data-test="webhooks-title"]').innerText()).toBe('خطافات الويب');
    expect(await hooks.writeControls().count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(ARTIFACTS, 'webhooks-list-phone-ar.png'), fullPage: true });
    await page.close();
  }, 120_000);
});
