import type { Metadata } from 'next';
import Link from 'next/link';
import { SetupWizard } from '@/components/setup/setup-wizard';
import { requireMember } from '@/lib/auth/current-member';
import { hasRole } from '@/lib/auth/roles';
import { listProviderOptions } from '@/lib/connections/providers';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';
import { withRls } from '@/lib/db/with-rls';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).setupWizard.title };
}

export default async function SetupWizardPage() {
  const member = await requireMember();
  const t = (await getDictionary()).setupWizard;
  const org = member.organizationName;
  const canConnect = hasRole(member.role, 'admin');
  const providers = canConnect ? await withRls(member.claims, (tx) => listProviderOptions(tx)) : [];

  return (
    <div className="mx-auto max-w-4xl">
      <header className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t.title}</h1>
        <p className="mt-1 text-sm text-slate-600">{fill(t.subtitle, { org })}</p>
      </header>
      {canConnect ? (
        <SetupWizard providers={providers} />
      ) : (
        <div data-test="setup-admins-only" className="rounded-xl border border-slate-200 bg-white p-6 text-sm text-slate-700">
          <p>{fill(t.adminsOnly, { org })}</p>
          <Link href="/integrations" className="mt-4 inline-block font-medium text-indigo-700 hover:underline">{t.backToHub}</Link>
        </div>
      )}
    </div>
  );
}
