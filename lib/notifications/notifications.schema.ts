import { z } from 'zod';
import { cursorSchema } from './cursor';

// `kind` and `severity` are text columns with CHECK constraints (not enums), so the
// generated types say `string`; these lists must match the CHECKs (kind: last set in
// supabase/migrations/20261125002100_oauth_renewable_tokens.sql).
export const NOTIFICATION_KINDS = [
  'health_changed',
  'rate_limit_crossed',
  'webhook_dead_letter',
  'token_refresh_failed',
  'token_expiring',
  'social_activity',
  'order_event',
  'payment_event',
  'system',
] as const;
export const NOTIFICATION_SEVERITIES = ['info', 'warning', 'critical'] as const;

export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);
export const notificationSeveritySchema = z.enum(NOTIFICATION_SEVERITIES);

/** One notification as the list shows it, with its connection's name when it has one. */
export const notificationItemSchema = z.object({
  id: z.guid(),
  kind: notificationKindSchema,
  severity: notificationSeveritySchema,
  title: z.string(),
  body: z.string().nullable(),
  connection_id: z.guid().nullable(),
  connection_name: z.string().nullable(),
  read_at: z.coerce.date().nullable(),
  created_at: z.coerce.date(),
});

export type NotificationKind = z.infer<typeof notificationKindSchema>;
export type NotificationSeverity = z.infer<typeof notificationSeveritySchema>;
export type NotificationItem = z.infer<typeof notificationItemSchema>;

export interface NotificationPage {
  items: NotificationItem[];
  /** Where the next page starts, or null when this was the last one. */
  nextCursor: string | null;
}

/** What the list shows: everything or only unread, optionally one kind. */
export interface NotificationFilters {
  unreadOnly: boolean;
  kind?: NotificationKind;
}

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `?show=unread&kind=…`, read leniently: anything unrecognised means "all". */
export function parseNotificationFilters(params: SearchParams): NotificationFilters {
  const kind = notificationKindSchema.safeParse(first(params.kind));
  return { unreadOnly: first(params.show) === 'unread', kind: kind.success ? kind.data : undefined };
}

export function notificationsHref(filters: NotificationFilters): string {
  const params = new URLSearchParams();
  if (filters.unreadOnly) params.set('show', 'unread');
  if (filters.kind) params.set('kind', filters.kind);
  const query = params.toString();
  return `/integrations/notifications${query ? `?${query}` : ''}`;
}

// Database timestamps as the queries render them: UTC with up to microseconds.
export const utcTimestampSchema = z.iso.datetime({ offset: false });

export const markReadInputSchema = z.object({ id: z.guid() });

/** `before` is the database time the list was read at: newer notifications were not seen, so stay unread. */
export const markAllReadInputSchema = z.object({ before: utcTimestampSchema });

/** The next page of the list the user is looking at. */
export const loadMoreInputSchema = z.object({
  cursor: cursorSchema,
  unreadOnly: z.boolean(),
  kind: notificationKindSchema.optional(),
});
export type LoadMoreInput = z.input<typeof loadMoreInputSchema>;
