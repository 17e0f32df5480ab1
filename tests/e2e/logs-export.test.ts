import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { superuserSql, type Sql } from '../support/db.ts';
import { createTenant } from '../support/tenants.ts';
import { seedLogs } from './pages/logs-seed.po.ts';
import { LogsPage } from './pages/logs.po.ts';
import { SignInPage } from './pages/sign-in.po.ts';

const stack = inject('stack');
let browser: Browser;
let sql: Sql;

beforeAll(async () => {
  sql = superuserSql();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await sql?.end();
});

async function signedIn(email: string): Promise<{ page: Page; po: LogsPage }> {
  const page = await browser.newPage({ acceptDownloads: true });
  await new SignInPage(page, stack.dashboardUrl).open('/integrations/logs');
  await new SignInPage(page, stack.dashboardUrl).signIn(email, 'test-password-1');
  await page.waitForURL(`${stack.dashboardUrl}/integrations/logs`);
  const po = new LogsPage(page, stack.dashboardUrl);
  await po.settled();
  return { page, po };
}

/** The downloaded CSV's rows as cells (no quoted commas in these fixtures' id column). */
async function csvIds(po: LogsPage): Promise<{ header: string; ids: string[]; text: string }> {
  const download = await po.export();
  expect(download.suggestedFilename()).toMatch(/^integration-logs-\d{8}-\d{6}\.csv$/);
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const [header = '', ...lines] = text.split('\r\n').filter(Boolean);
  return { header, ids: lines.map((line) => line.split(',')[2]!), text };
}

describe.runIf(stack.dashboard)('API logs export and access (Chromium)', () => {
  it('exports exactly the filtered rows as CSV, redacted', async () => {
    const tenant = await createTenant(sql, 'logs-csv');
    const { ids } = await seedLogs(sql, tenant);
    const { page, po } = await signedIn(tenant.viewer.email);

    const all = await csvIds(po);
    expect(all.header).toBe('time_dubai,time_utc,id,log_type,connection,method,path,status_code,duration_ms,error_code,error_message');
    expect(all.ids).toEqual([ids.redirect, ids.system, ids.webhook, ids.timeout, ids.declined, ids.charge]);
    expect(all.text).not.toContain('sk_test_supersecret1');
    expect(all.text).toContain('/v1/charges?limit=3,200,120');

    await po.select('status', '2xx');
    await expect.poll(() => po.rowIds()).toEqual([ids.webhook, ids.charge]);
    expect((await csvIds(po)).ids).toEqual([ids.webhook, ids.charge]);
    await po.select('range', '7d');
    await po.search('balance');
    await expect.poll(() => po.rowIds()).toEqual([ids.old]);
    expect((await csvIds(po)).ids).toEqual([ids.old]);
    await page.close();
  }, 90_000);

  it('offers a viewer nothing that writes, and keeps other organizations out', async () => {
    const tenant = await createTenant(sql, 'logs-acl');
    const other = await createTenant(sql, 'logs-acl-other');
    const { ids } = await seedLogs(sql, tenant);
    const { page } = await signedIn(tenant.viewer.email);

    // Every control on the page reads: filters, paging, details, export, language, sign-out.
    const READ_ONLY = ['logs-filter-apply', 'logs-filter-clear', 'logs-load-more', 'log-open', 'log-detail-close', 'locale-switch', 'sign-out'];
    const controls = await page.locator('main button, main form, aside button').evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-test') ?? (el.tagName === 'FORM' ? 'form' : el.outerHTML.slice(0, 80))));
    expect(controls.filter((name) => !READ_ONLY.includes(name) && name !== 'logs-filters')).toEqual([]);
    expect(await page.locator('[data-test="connection-test-now"]').count()).toBe(0);

    // The JSON routes validate input and answer errors in the contract's shape.
    const bad = await page.request.get(`${stack.dashboardUrl}/api/logs?status=6xx`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('status') });
    const [charge] = await sql`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at from public.integration_logs where id = ${ids.charge}`;
    const own = await page.request.get(`${stack.dashboardUrl}/api/logs/${ids.charge}?at=${charge!.at}`);
    expect(own.status()).toBe(200);
    expect((await own.json()).request_headers.authorization).toBe('[redacted]');
    await page.close();

    // Another organization's member sees none of it, not even by id.
    const outsider = await signedIn(other.admin.email);
    await outsider.po.settled();
    expect(await outsider.po.rows().count()).toBe(0);
    const probe = await outsider.page.request.get(`${stack.dashboardUrl}/api/logs/${ids.charge}?at=${charge!.at}`);
    expect(probe.status()).toBe(404);
    await outsider.page.close();

    // Without a session the API answers 401 rather than redirecting.
    const anonymous = await browser.newContext();
    const response = await anonymous.request.get(`${stack.dashboardUrl}/api/logs`);
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe('unauthenticated');
    await anonymous.close();
  }, 90_000);
});
