import type { ReactNode } from 'react';
import { AccountSummary } from '@/components/integrations/account-summary';
import { SidebarNav } from '@/components/integrations/sidebar-nav';
import { requireMember } from '@/lib/auth/current-member';
import { unreadCountForNav } from '@/lib/notifications/unread-count';

export default async function IntegrationsLayout({ children }: { children: ReactNode }) {
  const member = await requireMember();
  const unreadNotifications = await unreadCountForNav(member);

  return (
    <div className="min-h-screen md:flex">
      <aside className="flex flex-col gap-6 bg-slate-900 px-4 py-5 text-slate-100 md:sticky md:top-0 md:h-screen md:w-64 md:shrink-0 md:justify-between">
        <div className="flex flex-col gap-6">
          <p className="px-3 text-base font-semibold tracking-tight text-white">Integrations Hub</p>
          <SidebarNav unreadNotifications={unreadNotifications} />
        </div>
        <AccountSummary email={member.email} organizationName={member.organizationName} role={member.role} />
      </aside>
      <main className="min-w-0 flex-1 px-4 py-8 sm:px-8">{children}</main>
    </div>
  );
}
