import 'server-only';
import { z } from 'zod';
import type { Tx } from '@/lib/db/pool.server';
import { encodeCursor, type NotificationCursor } from './cursor';
import { notificationItemSchema, type NotificationFilters, type NotificationPage } from './notifications.schema';

export const NOTIFICATIONS_PAGE_SIZE = 20;

// Timestamps go in as `$n::text::timestamptz`: a parameter typed timestamptz would be
// serialized by postgres.js through a JS Date, dropping the microseconds the cursor keeps.

const listedRowSchema = z.object({ item: notificationItemSchema, cursor_at: z.string() });

/**
 * One page of the organization's notifications, newest first, keyset-paginated by
 * (created_at, id). RLS limits rows to the user's organizations; `organizationId`
 * narrows to the one they are acting in.
 */
export async function listNotifications(
  tx: Tx,
  organizationId: string,
  filters: NotificationFilters,
  after?: NotificationCursor,
  limit: number = NOTIFICATIONS_PAGE_SIZE,
): Promise<NotificationPage> {
  const rows = await tx`
    select n.id, n.kind, n.severity, n.title, n.body, n.connection_id, c.name as connection_name,
           n.read_at, n.created_at,
           -- Microsecond UTC text: a JS Date would round the cursor to milliseconds.
           to_char(n.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
      from public.notifications n
      left join public.integration_connections c on c.id = n.connection_id
     where n.organization_id = ${organizationId}
       ${filters.unreadOnly ? tx`and n.read_at is null` : tx``}
       ${filters.kind ? tx`and n.kind = ${filters.kind}` : tx``}
       ${after ? tx`and (n.created_at, n.id) < (${after.createdAt}::text::timestamptz, ${after.id}::uuid)` : tx``}
     order by n.created_at desc, n.id desc
     limit ${limit + 1}
  `;
  const parsed = z.array(listedRowSchema).parse(rows.map((row) => ({ item: row, cursor_at: row.cursor_at })));
  const page = parsed.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => row.item),
    nextCursor: parsed.length > limit && last ? encodeCursor({ createdAt: last.cursor_at, id: last.item.id }) : null,
  };
}

/** How many of the organization's notifications nobody has read yet (served by a partial index). */
export async function countUnreadNotifications(tx: Tx, organizationId: string): Promise<number> {
  const [row] = await tx`
    select count(*)::int as unread
      from public.notifications
     where organization_id = ${organizationId} and read_at is null
  `;
  return z.object({ unread: z.number().int() }).parse(row).unread;
}

/** The transaction's database time as UTC text: the "as of" of what a page showed. */
export async function databaseNow(tx: Tx): Promise<string> {
  const [row] = await tx`select to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as now`;
  return z.object({ now: z.string() }).parse(row).now;
}

const markedSchema = z.object({ marked: z.number().int() });

// Marking read goes only through public.mark_notifications_read (members have no UPDATE).
// It accepts any organization of the user, so the ids are narrowed to the acting one first.

/** Marks these notifications of the organization read; returns how many were unread. */
export async function markNotificationsRead(tx: Tx, organizationId: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await tx`
    select public.mark_notifications_read(array(
      select n.id from public.notifications n
       where n.organization_id = ${organizationId} and n.read_at is null
         and n.id = any(${tx.array([...ids])}::uuid[])
    )) as marked
  `;
  return markedSchema.parse(row).marked;
}

/** Marks every unread notification of the organization created up to `before` read. */
export async function markAllNotificationsRead(tx: Tx, organizationId: string, before: string): Promise<number> {
  const [row] = await tx`
    select public.mark_notifications_read(array(
      select n.id from public.notifications n
       where n.organization_id = ${organizationId} and n.read_at is null
         and n.created_at <= ${before}::text::timestamptz
    )) as marked
  `;
  return markedSchema.parse(row).marked;
}
