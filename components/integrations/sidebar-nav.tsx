'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { notificationsNavLabel, UnreadBadge } from '@/components/notifications/unread-badge';
import { useI18n } from '@/components/providers/locale-provider';
import { fill } from '@/lib/i18n/fill';

const LINKS = [
  { href: '/integrations', label: 'Integration Hub' },
  { href: '/integrations/setup', label: 'Setup Wizard' },
  { href: '/integrations/logs', label: 'API Logs' },
  { href: '/integrations/webhooks', label: 'Webhooks' },
  { href: '/integrations/analytics', label: 'Analytics' },
  { href: '/integrations/payments', label: 'Payments' },
  { href: '/integrations/api-keys', label: 'API keys' },
  { href: '/integrations/notifications', label: 'Notifications' },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  return href === '/integrations' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/** `unreadNotifications` is counted by the (server) layout; null when it could not be. */
export function SidebarNav({ unreadNotifications = null }: { unreadNotifications?: number | null }) {
  const pathname = usePathname();
  const { locale, t } = useI18n();
  // English keeps the notifications module's own wording; other languages fill the dictionary's.
  const notificationsLabel =
    locale === 'en'
      ? notificationsNavLabel(unreadNotifications)
      : unreadNotifications === null
        ? undefined
        : fill(t.nav.notificationsUnread, { count: unreadNotifications });
  return (
    <nav aria-labelledby="sidebar-section-integrations">
      <h2
        id="sidebar-section-integrations"
        className="px-3 text-xs font-semibold uppercase tracking-wider text-slate-400"
      >
        {t.nav.section}
      </h2>
      <ul className="mt-2 flex gap-1 overflow-x-auto md:flex-col md:overflow-visible">
        {LINKS.map(({ href, label }) => {
          const current = isCurrent(pathname, href);
          const notifications = href === '/integrations/notifications';
          return (
            <li key={href} className="shrink-0">
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                aria-label={notifications ? notificationsLabel : undefined}
                data-test={`nav-${href.split('/').pop()}`}
                className={`flex items-center justify-between gap-2 rounded-md px-3 py-2 text-sm font-medium transition ${
                  current ? 'bg-slate-800 text-white' : 'text-slate-300 hover:bg-slate-800/60 hover:text-white'
                }`}
              >
                {t.nav.links[href] ?? label}
                {notifications ? <UnreadBadge count={unreadNotifications} /> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
