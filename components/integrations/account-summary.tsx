'use client';

import { SignOutButton } from '@/components/auth/sign-out-button';
import { useI18n } from '@/components/providers/locale-provider';
import type { OrgRole } from '@/types/integrations';

interface AccountSummaryProps {
  email: string;
  organizationName: string;
  role: OrgRole;
}

export function AccountSummary({ email, organizationName, role }: AccountSummaryProps) {
  const { t } = useI18n();
  return (
    <section aria-label={t.account.label} className="space-y-3 rounded-lg bg-slate-800/50 p-3">
      <div className="min-w-0">
        <p className="truncate text-sm font-semibold text-white" data-test="org-name" title={organizationName}>
          {organizationName}
        </p>
        <p className="truncate text-xs text-slate-300" data-test="user-email" title={email}>
          {email}
        </p>
        <p className="mt-1 text-xs text-slate-400">
          {t.account.role} <span data-test="user-role" className="font-medium text-slate-200">{t.account.roles[role]}</span>
        </p>
      </div>
      <SignOutButton />
    </section>
  );
}
