import type { ReactNode } from 'react';
import { AccountSummary } from '@/components/integrations/account-summary';
import { LocaleSwitch } from '@/components/integrations/locale-switch';
import { SidebarNav } from '@/components/integrations/sidebar-nav';
import { DashboardProviders } from '@/components/providers/dashboard-providers';
import { requireMember } from '@/lib/auth/current-member';
import { getDictionary, getLocale } from '@/lib/i18n/locale.server';
import { unreadCountForNav } from '@/lib/notifications/unread-count';

export default async function IntegrationsLayout({ children }: { children: ReactNode }) {
  const member = await requireMember();
  const unreadNotifications = await unreadCountForNav(member);
  const locale = await getLocale();
  const t = await getDictionary();

  return (
    <DashboardProviders locale={locale}>
      <div className="min-h-screen md:flex">
        <aside className="flex flex-col gap-6 bg-slate-900 px-4 py-5 text-slate-100 md:sticky md:top-0 md:h-screen md:w-64 md:shrink-0 md:justify-between">
          <div className="flex flex-col gap-6">
            <p className="px-3 text-base font-semibold tracking-tight text-white">{t.common.brand}</p>
            <SidebarNav unreadNotifications={unreadNotifications} />
          </div>
          <div className="flex flex-col gap-3">
            <LocaleSwitch />
            <AccountSummary email={member.email} organizationName={member.organizationName} role={member.role} />
          </div>
        </aside>
        <main className="min-w-0 flex-1 px-4 py-8 sm:px-8">{children}</main>
      </div>
    </DashboardProviders>
  );
}
