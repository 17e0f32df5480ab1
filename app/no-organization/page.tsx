import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { HOME_PATH } from '@/lib/auth/paths';
import { requireClaims } from '@/lib/auth/verified-claims';
import { listMemberships } from '@/lib/db/memberships';
import { withRls } from '@/lib/db/with-rls';

export const metadata: Metadata = { title: 'No organization' };

export default async function NoOrganizationPage() {
  const claims = await requireClaims();
  const memberships = await withRls(claims, (tx) => listMemberships(tx, claims.sub));
  if (memberships.length > 0) redirect(HOME_PATH);

  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div data-test="no-organization" className="w-full max-w-md rounded-2xl border border-slate-200 bg-white p-8 text-center shadow-sm">
        <h1 className="text-xl font-semibold text-slate-900">You&rsquo;re not part of an organization yet</h1>
        <p className="mt-3 text-sm text-slate-600">
          You are signed in as <span data-test="user-email" className="font-medium text-slate-900">{claims.email}</span>,
          but this account is not a member of any organization, so there are no integrations to show. Ask an
          administrator of your organization to add this email address, then sign in again.
        </p>
        <div className="mx-auto mt-6 max-w-40">
          <SignOutButton variant="light" />
        </div>
      </div>
    </main>
  );
}
