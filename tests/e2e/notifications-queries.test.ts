import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cursorSchema } from '../../lib/notifications/cursor.ts';
import {
  countUnreadNotifications,
  databaseNow,
  listNotifications,
  markAllNotificationsRead,
  markNotificationsRead,
} from '../../lib/notifications/notifications.ts';
import { asActor, superuserSql, type Sql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

// The queries are server-only modules; here they run against the test database directly.
vi.mock('server-only', () => ({}));

let sql: Sql;
let a: Tenant;
let b: Tenant;
let ids: string[]; // a's notifications, newest first (all at one instant: the id breaks ties)

beforeAll(async () => {
  sql = superuserSql();
  a = await createTenant(sql, 'notifq-a');
  b = await createTenant(sql, 'notifq-b');
  await sql`
    insert into public.notifications (organization_id, connection_id, kind, severity, title, created_at)
    select ${a.orgId}, case when i % 2 = 0 then ${a.connectionId}::uuid end,
           case when i <= 3 then 'health_changed' else 'system' end, 'info', 'A ' || i,
           timestamptz '2026-11-25 10:00:00.123456+00'
      from generate_series(1, 7) as i`;
  await sql`insert into public.notifications (organization_id, kind, title) values (${b.orgId}, 'system', 'B only')`;
  ids = (await sql<{ id: string }[]>`select id from public.notifications where organization_id = ${a.orgId} order by id desc`).map(
    (row) => row.id,
  );
});
afterAll(() => sql?.end());

describe('notification queries under RLS', () => {
  it('pages newest first by (created_at, id) without gaps or repeats', async () => {
    const seen = await asActor(sql, a.viewer, async (tx) => {
      const out: string[] = [];
      let page = await listNotifications(tx, a.orgId, { unreadOnly: false }, undefined, 3);
      out.push(...page.items.map((item) => item.id));
      while (page.nextCursor) {
        page = await listNotifications(tx, a.orgId, { unreadOnly: false }, cursorSchema.parse(page.nextCursor), 3);
        out.push(...page.items.map((item) => item.id));
      }
      return out;
    });
    expect(seen).toEqual(ids);
  });

  it('joins the connection name and filters by kind and unread', async () => {
    await asActor(sql, a.viewer, async (tx) => {
      const page = await listNotifications(tx, a.orgId, { unreadOnly: true, kind: 'health_changed' });
      expect(page.items.map((item) => item.title).sort()).toEqual(['A 1', 'A 2', 'A 3']);
      expect(page.items.find((item) => item.title === 'A 2')?.connection_name).toBe('Stripe main');
      expect(page.items.find((item) => item.title === 'A 1')?.connection_name).toBeNull();
      expect(page.nextCursor).toBeNull();
    });
  });

  it('never lists or counts another organization\'s notifications', async () => {
    await asActor(sql, b.admin, async (tx) => {
      expect((await listNotifications(tx, a.orgId, { unreadOnly: false })).items).toEqual([]);
      expect(await countUnreadNotifications(tx, a.orgId)).toBe(0);
      expect(await countUnreadNotifications(tx, b.orgId)).toBe(1);
    });
  });

  it('marks read only through the function, only in the acting organization', async () => {
    const first = ids[0]!;
    const bId = (await sql<{ id: string }[]>`select id from public.notifications where organization_id = ${b.orgId}`)[0]!.id;
    // b's admin cannot mark a's notification, even by naming a's organization.
    expect(await asActor(sql, b.admin, (tx) => markNotificationsRead(tx, a.orgId, [first]), { commit: true })).toBe(0);
    // a's viewer cannot reach b's row through a's organization either.
    expect(await asActor(sql, a.viewer, (tx) => markNotificationsRead(tx, a.orgId, [bId]), { commit: true })).toBe(0);
    expect(await asActor(sql, a.viewer, (tx) => markNotificationsRead(tx, a.orgId, [first]), { commit: true })).toBe(1);
    expect(await asActor(sql, a.viewer, (tx) => markNotificationsRead(tx, a.orgId, [first]), { commit: true })).toBe(0);
    expect(await asActor(sql, a.viewer, (tx) => countUnreadNotifications(tx, a.orgId))).toBe(6);
    const [row] = await sql`select read_by from public.notifications where id = ${first}`;
    expect(row?.read_by).toBe(a.viewer.id);
  });

  it('marks all read up to the time the list was read, leaving newer ones unread', async () => {
    const before = await asActor(sql, a.viewer, (tx) => databaseNow(tx));
    expect(before).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    await sql`insert into public.notifications (organization_id, kind, title, created_at)
              values (${a.orgId}, 'system', 'Arrived later', now() + interval '1 minute')`;
    expect(await asActor(sql, a.viewer, (tx) => markAllNotificationsRead(tx, a.orgId, before), { commit: true })).toBe(6);
    await asActor(sql, a.viewer, async (tx) => {
      expect(await countUnreadNotifications(tx, a.orgId)).toBe(1);
      const unread = await listNotifications(tx, a.orgId, { unreadOnly: true });
      expect(unread.items.map((item) => item.title)).toEqual(['Arrived later']);
    });
    expect(await asActor(sql, b.admin, (tx) => countUnreadNotifications(tx, b.orgId))).toBe(1);
  });
});
