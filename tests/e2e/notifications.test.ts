import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatDubaiDateTime } from '../../lib/format/date-time.ts';
import type { Sql } from '../support/db.ts';
import { ARTIFACTS, withBrowserAndDb } from '../support/e2e-session.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { NotificationsPage } from './pages/notifications.po.ts';
import { SignInPage } from './pages/sign-in.po.ts';

const stack = inject('stack');
const PASSWORD = 'test-password-1';
let browser: Browser;
let sql: Sql;

withBrowserAndDb((b, s) => {
  browser = b;
  sql = s;
});

async function signedInPage(email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const signIn = new SignInPage(page, stack.dashboardUrl);
  await signIn.open('/integrations/notifications');
  await signIn.signIn(email, PASSWORD);
  await page.waitForURL(`${stack.dashboardUrl}/integrations/notifications`);
  await new NotificationsPage(page, stack.dashboardUrl).ready();
  return page;
}

interface Seeded {
  critical: string;
  warning: string;
  info: string;
  criticalAt: Date;
}

/** Three notifications of the tenant: newest is the critical health change of its connection. */
async function seedThree(tenant: Tenant): Promise<Seeded> {
  const rows = await sql<{ id: string; severity: string; created_at: Date }[]>`
    insert into public.notifications (organization_id, connection_id, kind, severity, title, body, created_at)
    values
      (${tenant.orgId}, ${tenant.connectionId}, 'health_changed', 'critical', 'Stripe main is down',
       'Three health checks in a row failed.', now() - interval '1 minute'),
      (${tenant.orgId}, ${tenant.connectionId}, 'rate_limit_crossed', 'warning', 'Stripe main used 80% of its hourly limit',
       null, now() - interval '2 hours'),
      (${tenant.orgId}, null, 'webhook_dead_letter', 'info', 'A webhook event was dead-lettered',
       'Event evt_123 failed 8 deliveries.', now() - interval '1 day')
    returning id, severity, created_at`;
  const by = (severity: string) => rows.find((row) => row.severity === severity)!;
  return { critical: by('critical').id, warning: by('warning').id, info: by('info').id, criticalAt: by('critical').created_at };
}

describe.runIf(stack.dashboard)('notifications (Chromium)', () => {
  it('shows the organization\'s notifications with an unread badge, and marks them read', async () => {
    const tenant = await createTenant(sql, 'notif');
    const seeded = await seedThree(tenant);
    const page = await signedInPage(tenant.viewer.email);
    const po = new NotificationsPage(page, stack.dashboardUrl);

    // Badge and list, newest first.
    expect(await po.unreadBadge()).toBe(3);
    expect(await po.navLink().getAttribute('aria-label')).toBe('Notifications, 3 unread');
    expect(await po.rowIds()).toEqual([seeded.critical, seeded.warning, seeded.info]);
    const critical = po.row(seeded.critical);
    expect(await critical.getAttribute('data-severity')).toBe('critical');
    expect(await critical.getAttribute('data-read')).toBe('false');
    expect(await critical.locator('[data-test="notification-title"]').innerText()).toBe('Stripe main is down');
    expect(await critical.locator('[data-test="notification-connection"]').innerText()).toBe('Stripe main');
    const time = await critical.locator('[data-test="notification-time"]').innerText();
    expect(time).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(time).toBe(formatDubaiDateTime(seeded.criticalAt));
    expect(await po.row(seeded.info).locator('[data-test="notification-connection"]').innerText()).toBe(
      'Organization-wide',
    );

    // A viewer marks one read: the row and the badge follow, and the database records who.
    await po.markRead(seeded.warning);
    await expect.poll(() => po.isRead(seeded.warning)).toBe(true);
    await expect.poll(() => po.unreadBadge()).toBe(2);
    expect(await po.navLink().getAttribute('aria-label')).toBe('Notifications, 2 unread');
    const [marked] = await sql`select read_by, read_at from public.notifications where id = ${seeded.warning}`;
    expect(marked?.read_by).toBe(tenant.viewer.id);
    expect(marked?.read_at).toBeInstanceOf(Date);
    await page.screenshot({ path: path.join(ARTIFACTS, 'notifications-desktop.png'), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'notifications-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Filters: unread only, then one kind.
    await po.showUnread();
    await page.waitForURL(/show=unread/);
    await expect.poll(() => po.rowIds()).toEqual([seeded.critical, seeded.info]);
    await po.filterKind('health_changed');
    await page.waitForURL(/kind=health_changed/);
    await expect.poll(() => po.rowIds()).toEqual([seeded.critical]);
    await po.filterKind('order_event');
    await po.empty().waitFor();
    await po.showAll();
    await page.waitForURL((url) => !url.search.includes('show=unread'));
    await po.filterKind('');
    await expect.poll(() => po.rowIds()).toEqual([seeded.critical, seeded.warning, seeded.info]);

    // Mark all: every row read, no badge, nothing unread left in the database.
    await po.markAll();
    await expect.poll(() => po.unreadBadge()).toBe(0);
    for (const id of [seeded.critical, seeded.warning, seeded.info]) expect(await po.isRead(id)).toBe(true);
    expect(await po.navLink().getAttribute('aria-label')).toBe('Notifications, 0 unread');
    const [left] = await sql`select count(*)::int as n from public.notifications where organization_id = ${tenant.orgId} and read_at is null`;
    expect(left?.n).toBe(0);
    await page.reload();
    expect(await po.unreadBadge()).toBe(0);
    expect(await page.locator('[data-test="notification-mark-read"]').count()).toBe(0);
    await page.close();
  }, 90_000);

  it('never shows another organization\'s notifications', async () => {
    const tenant = await createTenant(sql, 'notif-a');
    const other = await createTenant(sql, 'notif-b');
    const seeded = await seedThree(tenant);
    const page = await signedInPage(other.admin.email);
    const po = new NotificationsPage(page, stack.dashboardUrl);

    await po.empty().waitFor();
    expect(await po.rows().count()).toBe(0);
    expect(await po.unreadBadge()).toBe(0);
    expect(await po.navLink().getAttribute('aria-label')).toBe('Notifications, 0 unread');
    await po.open('?show=unread&kind=health_changed');
    await po.empty().waitFor();
    expect(await page.locator(`[data-notification-id="${seeded.critical}"]`).count()).toBe(0);
    await page.close();
  }, 60_000);

  it('loads older notifications with "Load more", in order, without repeats', async () => {
    const tenant = await createTenant(sql, 'notif-page');
    // 23 rows sharing one created_at: only the id tie-breaker keeps the keyset exact.
    await sql`
      insert into public.notifications (organization_id, kind, severity, title, created_at)
      select ${tenant.orgId}, 'system', 'info', 'System notice ' || i, timestamptz '2026-11-25 10:00:00.123456+00'
        from generate_series(1, 23) as i`;
    const expected = (
      await sql<{ id: string }[]>`select id from public.notifications where organization_id = ${tenant.orgId} order by id desc`
    ).map((row) => row.id);
    const page = await signedInPage(tenant.viewer.email);
    const po = new NotificationsPage(page, stack.dashboardUrl);

    expect(await po.rowIds()).toEqual(expected.slice(0, 20));
    await po.loadMore();
    await expect.poll(() => po.rows().count()).toBe(23);
    expect(await po.rowIds()).toEqual(expected);
    expect(await po.loadMoreButton().count()).toBe(0);

    // A row from the second page can be marked read too.
    const older = expected[22]!;
    await po.markRead(older);
    await expect.poll(() => po.isRead(older)).toBe(true);
    await expect.poll(() => po.unreadBadge()).toBe(22);
    await page.close();
  }, 60_000);
});
