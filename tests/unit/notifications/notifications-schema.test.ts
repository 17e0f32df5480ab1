import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_SEVERITIES,
  loadMoreInputSchema,
  markAllReadInputSchema,
  markReadInputSchema,
  notificationItemSchema,
  notificationsHref,
  parseNotificationFilters,
} from '../../../lib/notifications/notifications.schema';

const MIGRATIONS = path.join(__dirname, '../../../supabase/migrations');

/** The CHECK list of a notifications column as the last migration that sets it leaves it. */
function checkValues(column: string): string[] {
  const pattern = new RegExp(`check \\(${column} in \\(([^)]*)\\)`, 's');
  const lists = readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql')).sort()
    .map((file) => readFileSync(path.join(MIGRATIONS, file), 'utf8'))
    .flatMap((sql) => {
      const at = sql.search(/create table public\.notifications|alter table public\.notifications add constraint/);
      const match = at >= 0 ? pattern.exec(sql.slice(at)) : null;
      return match?.[1] ? [match[1]] : [];
    });
  if (lists.length === 0) throw new Error(`no CHECK for ${column}`);
  return [...lists.at(-1)!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

describe('notification kinds and severities', () => {
  it('match the CHECK constraints of public.notifications', () => {
    expect([...NOTIFICATION_KINDS]).toEqual(checkValues('kind'));
    expect([...NOTIFICATION_SEVERITIES]).toEqual(checkValues('severity'));
  });

  it('refuses a row with an unknown kind or severity', () => {
    const row = {
      id: '00000000-0000-0000-0000-000000000001',
      kind: 'health_changed',
      severity: 'critical',
      title: 'Stripe is down',
      body: null,
      connection_id: null,
      connection_name: null,
      read_at: null,
      created_at: new Date('2026-11-25T10:00:00Z'),
    };
    expect(notificationItemSchema.parse(row).kind).toBe('health_changed');
    expect(notificationItemSchema.safeParse({ ...row, kind: 'gossip' }).success).toBe(false);
    expect(notificationItemSchema.safeParse({ ...row, severity: 'fatal' }).success).toBe(false);
  });
});

describe('filters in the URL', () => {
  it('defaults to all notifications of every kind', () => {
    expect(parseNotificationFilters({})).toEqual({ unreadOnly: false, kind: undefined });
  });

  it('reads show=unread and a known kind, ignoring anything else', () => {
    expect(parseNotificationFilters({ show: 'unread', kind: 'webhook_dead_letter' })).toEqual({
      unreadOnly: true,
      kind: 'webhook_dead_letter',
    });
    expect(parseNotificationFilters({ show: 'UNREAD', kind: "'; drop table x" })).toEqual({
      unreadOnly: false,
      kind: undefined,
    });
    expect(parseNotificationFilters({ show: ['unread', 'all'], kind: '' })).toEqual({ unreadOnly: true, kind: undefined });
  });

  it('round-trips through notificationsHref', () => {
    expect(notificationsHref({ unreadOnly: false })).toBe('/integrations/notifications');
    const href = notificationsHref({ unreadOnly: true, kind: 'system' });
    expect(href).toBe('/integrations/notifications?show=unread&kind=system');
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(parseNotificationFilters(params)).toEqual({ unreadOnly: true, kind: 'system' });
  });
});

describe('action inputs', () => {
  it('mark read needs one id', () => {
    expect(markReadInputSchema.safeParse({ id: '11111111-1111-1111-1111-111111111111' }).success).toBe(true);
    expect(markReadInputSchema.safeParse({ id: 'not-an-id' }).success).toBe(false);
    expect(markReadInputSchema.safeParse({}).success).toBe(false);
  });

  it('mark all needs the UTC database time the list was read at', () => {
    expect(markAllReadInputSchema.safeParse({ before: '2026-11-25T10:00:00.123456Z' }).success).toBe(true);
    expect(markAllReadInputSchema.safeParse({ before: 'now()' }).success).toBe(false);
    expect(markAllReadInputSchema.safeParse({ before: '2026-11-25T10:00:00+04:00' }).success).toBe(false);
  });

  it('load more takes a cursor and the filters', () => {
    const parsed = loadMoreInputSchema.parse({
      cursor: '2026-11-25T10:00:00.123456Z~22222222-2222-2222-2222-222222222222',
      unreadOnly: true,
      kind: 'payment_event',
    });
    expect(parsed.cursor).toEqual({ createdAt: '2026-11-25T10:00:00.123456Z', id: '22222222-2222-2222-2222-222222222222' });
    expect(loadMoreInputSchema.safeParse({ cursor: 'x', unreadOnly: true }).success).toBe(false);
    expect(
      loadMoreInputSchema.safeParse({
        cursor: '2026-11-25T10:00:00Z~22222222-2222-2222-2222-222222222222',
        unreadOnly: 'yes',
      }).success,
    ).toBe(false);
  });
});
