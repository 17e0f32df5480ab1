'use server';

import { refresh } from 'next/cache';
import type { ActionState } from '@/lib/actions/action-state';
import { memberAction } from '@/lib/actions/define-action';
import { requireMember } from '@/lib/auth/current-member';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';
import { withRls } from '@/lib/db/with-rls';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationsRead,
} from './notifications';
import {
  loadMoreInputSchema,
  markAllReadInputSchema,
  markReadInputSchema,
  type LoadMoreInput,
  type NotificationPage,
} from './notifications.schema';

// Viewers may mark read: read state is the organization's shared inbox, not its configuration.
const markRead = memberAction(markReadInputSchema, 'viewer', async ({ id }, member) => {
  const marked = await withRls(member.claims, (tx) => markNotificationsRead(tx, member.organizationId, [id]));
  refresh(); // the navigation's unread badge and the page's count
  const m = (await getDictionary()).notifications.results;
  return { status: 'success', message: marked > 0 ? m.markedRead : m.alreadyRead };
});

const markAllRead = memberAction(markAllReadInputSchema, 'viewer', async ({ before }, member) => {
  const marked = await withRls(member.claims, (tx) =>
    markAllNotificationsRead(tx, member.organizationId, before),
  );
  refresh();
  const m = (await getDictionary()).notifications.results;
  return { status: 'success', message: marked === 1 ? m.markedAllOne : fill(m.markedAll, { count: marked }) };
});

export async function markNotificationReadAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return markRead(previous, formData);
}

export async function markAllNotificationsReadAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return markAllRead(previous, formData);
}

export type LoadMoreResult = { status: 'success'; page: NotificationPage } | { status: 'error'; message: string };

/**
 * "Load more": a read, so it returns data rather than an ActionState and needs no role
 * beyond membership; still zod-parsed and run under the member's RLS.
 */
export async function loadMoreNotificationsAction(input: LoadMoreInput): Promise<LoadMoreResult> {
  const member = await requireMember();
  const parsed = loadMoreInputSchema.safeParse(input);
  const m = (await getDictionary()).notifications.results;
  if (!parsed.success) return { status: 'error', message: m.loadMoreInvalid };
  const { cursor, ...filters } = parsed.data;
  try {
    const page = await withRls(member.claims, (tx) => listNotifications(tx, member.organizationId, filters, cursor));
    return { status: 'success', page };
  } catch (error) {
    console.error('[notifications] load more failed', error);
    return { status: 'error', message: m.loadMoreFailed };
  }
}
