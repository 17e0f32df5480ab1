import type { Metadata } from 'next';
import { EmailAlerts } from '@/components/notifications/email-alerts';
import { NotificationFilters } from '@/components/notifications/notification-filters';
import { NotificationList } from '@/components/notifications/notification-list';
import { NotificationsEmptyState } from '@/components/notifications/notifications-empty-state';
import { requireMember } from '@/lib/auth/current-member';
import { withRls } from '@/lib/db/with-rls';
import { formatNumber } from '@/lib/i18n/format';
import { fill } from '@/lib/i18n/fill';
import { getDictionary, getLocale } from '@/lib/i18n/locale.server';
import { hasRole } from '@/lib/auth/roles';
import { getEmailSettings, listEmailDeliveries, listSendGridConnections } from '@/lib/notifications/email-settings';
import { countUnreadNotifications, databaseNow, listNotifications } from '@/lib/notifications/notifications';
import { notificationsHref, parseNotificationFilters } from '@/lib/notifications/notifications.schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).notifications.title };
}

interface NotificationsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function NotificationsPage({ searchParams }: NotificationsPageProps) {
  const member = await requireMember();
  const filters = parseNotificationFilters(await searchParams);
  const { page, unread, asOf, email } = await withRls(member.claims, async (tx) => ({
    asOf: await databaseNow(tx),
    page: await listNotifications(tx, member.organizationId, filters),
    unread: await countUnreadNotifications(tx, member.organizationId),
    email: {
      settings: await getEmailSettings(tx, member.organizationId),
      connections: await listSendGridConnections(tx, member.organizationId),
      deliveries: await listEmailDeliveries(tx, member.organizationId),
    },
  }));
  const [dictionary, locale] = await Promise.all([getDictionary(), getLocale()]);
  const t = dictionary.notifications;

  return (
    <div className="mx-auto max-w-4xl">
      <header className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          <span data-test="notifications-unread-count">{unread === 0 ? t.noUnread : fill(t.unreadCount, { count: formatNumber(unread, locale) })}</span>{' '}
          {fill(t.forOrg, { org: member.organizationName })} {dictionary.common.dubaiTime}
        </p>
      </header>

      <div className="mb-6">
        <NotificationFilters filters={filters} t={t} />
      </div>

      {page.items.length === 0 ? (
        <NotificationsEmptyState filters={filters} t={t} />
      ) : (
        <NotificationList
          key={notificationsHref(filters)}
          initial={page}
          asOf={asOf}
          filters={filters}
          unreadCount={unread}
        />
      )}

      <EmailAlerts {...email} canManage={hasRole(member.role, 'admin')} t={t.email} />
    </div>
  );
}
