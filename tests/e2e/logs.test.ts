import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { isoToDubaiInput } from '../../lib/logs/dubai-input.ts';
import type { Sql } from '../support/db.ts';
import { ARTIFACTS, withBrowserAndDb } from '../support/e2e-session.ts';
import { createTenant } from '../support/tenants.ts';
import { logCall, seedLogs } from './pages/logs-seed.po.ts';
import { LogsPage } from './pages/logs.po.ts';
import { SignInPage } from './pages/sign-in.po.ts';

const stack = inject('stack');
const DAY_MS = 86_400_000;
let browser: Browser;
let sql: Sql;

withBrowserAndDb((b, s) => {
  browser = b;
  sql = s;
});

async function signedIn(email: string): Promise<{ page: Page; po: LogsPage }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await new SignInPage(page, stack.dashboardUrl).open('/integrations/logs');
  await new SignInPage(page, stack.dashboardUrl).signIn(email, 'test-password-1');
  await page.waitForURL(`${stack.dashboardUrl}/integrations/logs`);
  const po = new LogsPage(page, stack.dashboardUrl);
  await po.settled();
  return { page, po };
}

describe.runIf(stack.dashboard)('API logs (Chromium)', () => {
  it('shows entries with statistics, and every filter changes the result', async () => {
    const tenant = await createTenant(sql, 'logs');
    const { aramexId, ids } = await seedLogs(sql, tenant);
    const { page, po } = await signedIn(tenant.viewer.email);
    const recent = [ids.redirect, ids.system, ids.webhook, ids.timeout, ids.declined, ids.charge];

    expect(await po.rowIds()).toEqual(recent);
    await expect.poll(() => po.stat('total')).toBe('6');
    expect([await po.stat('successful'), await po.stat('errors'), await po.stat('average')]).toEqual(['3', '2', '527']);
    const charge = po.row(ids.charge);
    expect(await charge.locator('[data-test="log-method"]').innerText()).toBe('GET');
    expect(await charge.locator('[data-test="log-status"]').innerText()).toBe('200');
    expect(await charge.locator('[data-test="log-duration"]').innerText()).toBe('120 ms');
    expect(await charge.locator('[data-test="log-path"]').innerText()).toBe('/v1/charges?limit=3'); // api_key redacted
    expect(await charge.locator('[data-test="log-time"]').innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    const background = (id: string) =>
      po.row(id).locator('[data-test="log-method"]').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(ids.charge)).not.toBe(await background(ids.declined)); // GET and POST differ in colour
    await page.screenshot({ path: path.join(ARTIFACTS, 'logs-desktop.png'), fullPage: true });

    const cases: Array<[filter: 'type' | 'connection' | 'status' | 'method', value: string, expected: string[]]> = [
      ['type', 'error', [ids.timeout]],
      ['type', 'webhook', [ids.webhook]],
      ['connection', aramexId, [ids.webhook, ids.timeout]],
      ['status', '2xx', [ids.webhook, ids.charge]],
      ['status', '3xx', [ids.redirect]],
      ['status', '4xx', [ids.declined]],
      ['status', '5xx', [ids.timeout]],
      ['method', 'POST', [ids.webhook, ids.declined]],
    ];
    for (const [filter, value, expected] of cases) {
      await po.select(filter, value);
      await expect.poll(() => po.rowIds(), { message: `${filter}=${value}` }).toEqual(expected);
      await po.select(filter, '');
      await expect.poll(() => po.rowIds()).toEqual(recent);
    }

    // The filters live in the URL: a reload keeps them.
    await po.select('status', '5xx');
    await expect.poll(() => po.rowIds()).toEqual([ids.timeout]);
    expect(new URL(page.url()).searchParams.get('status')).toBe('5xx');
    await po.open(new URL(page.url()).search);
    expect(await po.rowIds()).toEqual([ids.timeout]);
    await expect.poll(() => po.stat('total')).toBe('1');
    await po.clear();

    await po.select('range', '7d');
    await expect.poll(() => po.rowIds()).toEqual([...recent, ids.old]);
    await po.search('declined');
    await expect.poll(() => po.rowIds()).toEqual([ids.declined]);
    await po.search('shipments/');
    await expect.poll(() => po.rowIds()).toEqual([ids.timeout]);
    await po.search('');
    const now = Date.now();
    await po.customRange(isoToDubaiInput(new Date(now - 4 * DAY_MS)), isoToDubaiInput(new Date(now - 2 * DAY_MS)));
    await expect.poll(() => po.rowIds()).toEqual([ids.old]);
    await po.clear();
    await expect.poll(() => po.rowIds()).toEqual(recent);

    // The detail is redacted: no credential from the stored headers, body or query.
    await po.openDetail(ids.charge);
    const detail = await po.detail().innerText();
    expect(await po.detail().locator('[data-test="log-detail-path"]').innerText()).toBe('/v1/charges?limit=3');
    expect(detail).toContain('[redacted]');
    expect(detail).not.toContain('sk_test_supersecret1');
    expect(detail).not.toContain('abcd1234');
    expect(detail).toContain('"object":"charge"');
    await page.screenshot({ path: path.join(ARTIFACTS, 'logs-detail-desktop.png') });
    await po.closeDetail();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'logs-phone.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('picks up a new entry within the 10 s refresh, keeping the filters', async () => {
    const tenant = await createTenant(sql, 'logs-live');
    const first = await logCall(sql, tenant.orgId, { connection: tenant.connectionId, type: 'request', method: 'GET', path: '/v1/a', status: 200, ms: 10 });
    const { po } = await signedIn(tenant.admin.email);
    await po.select('method', 'GET');
    await expect.poll(() => po.rowIds()).toEqual([first]);

    const post = await logCall(sql, tenant.orgId, { connection: tenant.connectionId, type: 'request', method: 'POST', path: '/v1/b', status: 200, ms: 10 });
    const get = await logCall(sql, tenant.orgId, { connection: tenant.connectionId, type: 'request', method: 'GET', path: '/v1/c', status: 200, ms: 10 });
    await expect.poll(() => po.rowIds(), { timeout: 15_000, interval: 500 }).toEqual([get, first]);
    expect(await po.row(post).count()).toBe(0);
    await expect.poll(() => po.stat('total'), { timeout: 15_000 }).toBe('2');
  }, 60_000);

  it('pages by keyset with "load older entries", in order and without repeats', async () => {
    const tenant = await createTenant(sql, 'logs-page');
    // 120 entries sharing one created_at: only the id tie-breaker keeps the keyset exact.
    await sql`
      insert into public.integration_logs (organization_id, connection_id, log_type, method, path, status_code, duration_ms, created_at)
      select ${tenant.orgId}, ${tenant.connectionId}, 'request', 'GET', '/v1/items/' || i, 200, i, date_trunc('second', now()) - interval '1 minute'
        from generate_series(1, 120) i`;
    const expected = (await sql`select id::text as log_id from public.integration_logs where organization_id = ${tenant.orgId} order by id desc`).map(
      (row) => row.log_id as string,
    );
    const { po } = await signedIn(tenant.viewer.email);
    expect(await po.rowIds()).toEqual(expected.slice(0, 50));
    await po.loadMore().click();
    await expect.poll(() => po.rows().count()).toBe(100);
    await po.loadMore().click();
    await expect.poll(() => po.rows().count()).toBe(120);
    expect(await po.rowIds()).toEqual(expected);
    expect(await po.loadMore().count()).toBe(0);
  }, 60_000);
});
