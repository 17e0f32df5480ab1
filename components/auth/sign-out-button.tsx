'use client';

import { useI18n } from '@/components/providers/locale-provider';
import { signOutAction } from '@/lib/auth/auth.actions';

const VARIANTS = {
  dark: 'border-slate-600 text-slate-200 hover:bg-slate-800 focus-visible:outline-indigo-400',
  light: 'border-slate-300 text-slate-700 hover:bg-slate-100 focus-visible:outline-indigo-600',
} as const;

/** A client component so it reads the dashboard's language; outside the dashboard (no provider) it is English. */
export function SignOutButton({ variant = 'dark' }: { variant?: keyof typeof VARIANTS }) {
  const { t } = useI18n();
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        data-test="sign-out"
        className={`w-full rounded-md border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 ${VARIANTS[variant]}`}
      >
        {t.account.signOut}
      </button>
    </form>
  );
}
