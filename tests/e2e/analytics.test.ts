import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Sql } from '../support/db.ts';
import { ARTIFACTS, withBrowserAndDb } from '../support/e2e-session.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { AnalyticsPage, CHARTS } from './pages/analytics.po.ts';
import { logCall } from './pages/logs-seed.po.ts';
import { SignInPage } from './pages/sign-in.po.ts';

const stack = inject('stack');
let browser: Browser;
let sql: Sql;

withBrowserAndDb((b, s) => {
  browser = b;
  sql = s;
});

/**
 * Hourly rollups of two connections: in the last week 100 calls (92 successful, p95 250 ms),
 * 50 more 20 days ago (the month) and 60 more 60 days ago (the quarter).
 */
async function seedRollups(tenant: Tenant): Promise<{ dayOfTwentyDaysAgo: string }> {
  const [aramex] = await sql`
    insert into public.integration_connections (organization_id, provider_id, name, status)
    select ${tenant.orgId}, p.id, 'Aramex express', 'active' from public.integration_providers p where p.slug = 'aramex' returning id`;
  const rows: Array<[string, string, number, number, number, number[]]> = [
    [tenant.connectionId, '1 hour', 10, 1, 1000, [0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0]],
    [tenant.connectionId, '2 hours', 20, 0, 2000, [0, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0]],
    [tenant.connectionId, '30 hours', 30, 3, 6000, [0, 0, 0, 0, 25, 0, 5, 0, 0, 0, 0, 0]],
    [aramex!.id, '3 days', 40, 4, 8000, [0, 0, 0, 0, 40, 0, 0, 0, 0, 0, 0, 0]],
    [aramex!.id, '20 days', 50, 0, 5000, [0, 0, 0, 50, 0, 0, 0, 0, 0, 0, 0, 0]],
    [tenant.connectionId, '60 days', 60, 0, 6000, [0, 0, 0, 60, 0, 0, 0, 0, 0, 0, 0, 0]],
  ];
  for (const [connection, ago, requests, errors, duration, histogram] of rows) {
    await sql`
      insert into public.integration_analytics (organization_id, connection_id, bucket_start, request_count, success_count,
        error_count, total_duration_ms, max_duration_ms, duration_histogram)
      values (${tenant.orgId}, ${connection}, date_trunc('hour', now() - ${ago}::interval), ${requests}, ${requests - errors},
        ${errors}, ${duration}, 900, ${histogram}::int[])`;
  }
  const [day] = await sql`select to_char(date_trunc('hour', now() - interval '20 days') at time zone 'Asia/Dubai', 'YYYY-MM-DD') as d`;
  return { dayOfTwentyDaysAgo: day!.d as string };
}

async function signedIn(email: string): Promise<{ page: Page; po: AnalyticsPage }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.clock.install(); // real time, until the refresh test jumps ahead
  await new SignInPage(page, stack.dashboardUrl).open('/integrations/analytics');
  await new SignInPage(page, stack.dashboardUrl).signIn(email, 'test-password-1');
  await page.waitForURL(`${stack.dashboardUrl}/integrations/analytics`);
  const po = new AnalyticsPage(page, stack.dashboardUrl);
  await po.ready('week');
  return { page, po };
}

describe.runIf(stack.dashboard)('analytics (Chromium)', () => {
  it('shows cards and draws every chart from rollups, for each range', async () => {
    const tenant = await createTenant(sql, 'analytics');
    const { dayOfTwentyDaysAgo } = await seedRollups(tenant);
    const { page, po } = await signedIn(tenant.viewer.email);

    expect(await po.card('requests')).toBe(100);
    expect(await po.card('successful')).toBe(92);
    expect(await po.card('failed')).toBe(8);
    expect(await po.card('avgMs')).toBe(170);
    expect(await po.card('p95Ms')).toBe(250);
    expect(await po.card('successRate')).toBe(0.92);
    expect(await po.card('errorRate')).toBe(0.08);
    expect(await po.cardText('requests')).toBe('100');
    expect(await po.cardText('successRate')).toBe('92.0%');
    for (const chart of CHARTS) {
      await expect.poll(() => po.paintedPixels(chart), { message: `${chart} is blank`, timeout: 5_000 }).toBeGreaterThan(500);
    }
    // The data itself is drawn, not only axes: the volume line's indigo, the doughnut's first two slices.
    expect(await po.paintedPixels('chart-volume', [79, 70, 229])).toBeGreaterThan(50);
    expect(await po.paintedPixels('chart-providers', [79, 70, 229])).toBeGreaterThan(200);
    expect(await po.paintedPixels('chart-providers', [8, 145, 178])).toBeGreaterThan(200);
    await page.screenshot({ path: path.join(ARTIFACTS, 'analytics-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => po.paintedPixels('chart-volume')).toBeGreaterThan(500);
    await page.screenshot({ path: path.join(ARTIFACTS, 'analytics-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    await po.range('month');
    expect(await po.card('requests')).toBe(150);
    await po.range('quarter');
    expect(await po.card('requests')).toBe(210);
    expect(new URL(page.url()).searchParams.get('range')).toBe('quarter');
    await po.customRange(dayOfTwentyDaysAgo, dayOfTwentyDaysAgo);
    expect(await po.card('requests')).toBe(50);
    expect(await po.card('failed')).toBe(0);
    await po.range('week');
    expect(await po.card('requests')).toBe(100);

    // A viewer has nothing to change here: only range controls, language and sign-out.
    const controls = await page.locator('main button, main form, aside button').evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-test') ?? el.tagName));
    expect(controls.every((name) => /^analytics-range-|^locale-switch$|^sign-out$/.test(name))).toBe(true);
    await page.close();
  }, 120_000);

  it('picks up new calls on the 60 s refresh', async () => {
    const tenant = await createTenant(sql, 'analytics-live');
    await seedRollups(tenant);
    const { page, po } = await signedIn(tenant.admin.email);
    expect(await po.card('requests')).toBe(100);

    await logCall(sql, tenant.orgId, { connection: tenant.connectionId, type: 'request', method: 'GET', path: '/v1/x', status: 200, ms: 40 });
    await page.waitForTimeout(1_000);
    expect(await po.card('requests')).toBe(100); // not before the refresh is due
    await page.clock.fastForward('01:01');
    await expect.poll(() => po.card('requests'), { timeout: 10_000 }).toBe(101);
    await page.close();
  }, 60_000);
});
