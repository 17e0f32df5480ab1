import type { Metadata } from 'next';
import { NotificationFilters } from '@/components/notifications/notification-filters';
import { NotificationList } from '@/components/notifications/notification-list';
import { NotificationsEmptyState } from '@/components/notifications/notifications-empty-state';
import { requireMember } from '@/lib/auth/current-member';
import { withRls } from '@/lib/db/with-rls';
import { countUnreadNotifications, databaseNow, listNotifications } from '@/lib/notifications/notifications';
import { notificationsHref, parseNotificationFilters } from '@/lib/notifications/notifications.schema';

export const metadata: Metadata = { title: 'Notifications' };

interface NotificationsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function NotificationsPage({ searchParams }: NotificationsPageProps) {
  const member = await requireMember();
  const filters = parseNotificationFilters(await searchParams);
  const { page, unread, asOf } = await withRls(member.claims, async (tx) => ({
    asOf: await databaseNow(tx),
    page: await listNotifications(tx, member.organizationId, filters),
    unread: await countUnreadNotifications(tx, member.organizationId),
  }));

  return (
    <div className="mx-auto max-w-4xl">
      <header className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Notifications</h1>
        <p className="mt-1 text-sm text-slate-600">
          <span data-test="notifications-unread-count">{unread === 0 ? 'No unread notifications' : `${unread} unread`}</span>{' '}
          for {member.organizationName}. Times are shown in Dubai time (GST).
        </p>
      </header>

      <div className="mb-6">
        <NotificationFilters filters={filters} />
      </div>

      {page.items.length === 0 ? (
        <NotificationsEmptyState filters={filters} />
      ) : (
        <NotificationList
          key={notificationsHref(filters)}
          initial={page}
          asOf={asOf}
          filters={filters}
          unreadCount={unread}
        />
      )}
    </div>
  );
}
