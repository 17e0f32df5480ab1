import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/stack/config.ts';
import { launchChromium } from '../support/browser.ts';
import { asActor, superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { ConnectionPage } from './pages/connection-page.po.ts';
import { signedInPage } from './pages/setup-wizard.po.ts';

const stack = inject('stack');
const sql = superuserSql();
const ARTIFACTS = path.join(ROOT, 'test-results');
const SECRET = 'sk_test_ConnectionPage00004242';
let browser: Browser;
let A: Tenant;
let B: Tenant;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  A = await createTenant(sql, 'connpage-a');
  B = await createTenant(sql, 'connpage-b');
  await asActor(sql, A.admin, (tx) => tx`select public.set_credential(${A.connectionId}, 'secret_key', ${SECRET}, ${stack.credentialsKey}, 'local-1')`, { commit: true });
  await sql`insert into public.integration_health (organization_id, connection_id, status, latency_ms, http_status, message)
            values (${A.orgId}, ${A.connectionId}, 'healthy', 87, 200, 'HTTP 200 in 87 ms.')`;
  await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests) values (${A.orgId}, ${A.connectionId}, 'second', 25)`;
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

const signedIn = (email: string, width?: number, headers?: Record<string, string>) => signedInPage(browser, stack.dashboardUrl, email, width, headers);
/** The browser's address as a proxy in front of the dashboard would pass it on. */
const BROWSER_IP = '203.0.113.7';

describe.runIf(stack.dashboard)('connection page (Chromium)', () => {
  it('a viewer reads details, hints, health and limits, and sees no edit control or audit trail', async () => {
    const page = await signedIn(A.viewer.email, 390);
    const connection = new ConnectionPage(page, stack.dashboardUrl);
    await connection.open(A.connectionId);
    expect(await connection.title().innerText()).toBe('Stripe main');
    expect(await connection.hint('secret_key')).toBe('••••4242');
    expect(await connection.healthRows().count()).toBe(1);
    const limits = page.locator('[data-test="rate-limit-editor-row"]');
    expect(await limits.count()).toBe(1);
    expect(await limits.first().getAttribute('data-window')).toBe('second');
    expect(await page.locator('[data-test="rate-limit-input"], [data-test="rate-limit-add-form"]').count()).toBe(0);
    expect(await connection.editControls().count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(ARTIFACTS, 'connection-page-phone.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('another organization\'s admin gets "not found"', async () => {
    const page = await signedIn(B.admin.email);
    const connection = new ConnectionPage(page, stack.dashboardUrl);
    await connection.open(A.connectionId);
    await connection.notFound().waitFor();
    expect(await page.content()).not.toContain('Stripe main');
    await page.close();
  }, 60_000);

  it('an admin replaces a secret (bad value first), renames, disables, enables, reads the audit, then deletes', async () => {
    const page = await signedIn(A.admin.email, undefined, { 'x-forwarded-for': BROWSER_IP });
    const connection = new ConnectionPage(page, stack.dashboardUrl);
    await connection.open(A.connectionId);
    expect(await connection.auditRows().count()).toBe(1);

    await connection.replaceCredential('secret_key', 'not-a-key');
    expect(await connection.credentialError('secret_key').innerText()).toMatch(/does not look right/);
    await page.fill('[data-test="credential-value-secret_key"]', 'sk_test_Replaced000000009876');
    await page.click('[data-test="credential-save-secret_key"]');
    await page.locator('[data-test="credential-saved-secret_key"]').waitFor();
    await expect.poll(() => connection.hint('secret_key'), { timeout: 15_000 }).toBe('••••9876');
    await expect.poll(() => connection.auditRows().count(), { timeout: 15_000 }).toBe(2);
    expect(await page.content()).not.toContain('Replaced000000009876');

    await connection.rename('Stripe renamed');
    await expect.poll(() => connection.title().innerText(), { timeout: 15_000 }).toBe('Stripe renamed');
    await connection.toggleEnabled();
    await expect.poll(() => connection.status().innerText(), { timeout: 15_000 }).toMatch(/^disabled/);
    await connection.toggleEnabled();
    await expect.poll(() => connection.status().innerText(), { timeout: 15_000 }).toBe('active');

    await connection.delete('Stripe renamed');
    await page.waitForURL(`${stack.dashboardUrl}/integrations`);
    expect(await page.locator(`[data-test="connection-card"][data-connection-id="${A.connectionId}"]`).count()).toBe(0);
    const [left] = await sql`select (select count(*)::int from public.integration_connections where id = ${A.connectionId}) as connections,
      (select count(*)::int from public.api_credentials where connection_id = ${A.connectionId}) as secrets`;
    expect(left).toEqual({ connections: 0, secrets: 0 });
    // The audit names the admin's browser, not the dashboard server: the replaced secret (written
    // by the connection-test function, told by the dashboard in a signed header) and the deletion
    // (written by the dashboard itself, under the admin's RLS identity).
    const audit = await sql`select action, host(ip) as ip from public.credential_audit_log
      where organization_id = ${A.orgId} and action in ('write', 'delete') and actor_id = ${A.admin.id} order by created_at, id`;
    expect(audit.slice(-2).map((r) => [r.action, r.ip])).toEqual([['write', BROWSER_IP], ['delete', BROWSER_IP]]);
    await page.close();
  }, 120_000);
});
