import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AuditTrail } from '@/components/connection/audit-trail';
import { ConnectionDetails } from '@/components/connection/connection-details';
import { ConnectionHeader } from '@/components/connection/connection-header';
import { CredentialList } from '@/components/connection/credential-list';
import { HealthHistory } from '@/components/connection/health-history';
import { ManageConnection } from '@/components/connection/manage-connection';
import { RateLimitEditor } from '@/components/rate-limits/rate-limit-editor';
import { RecentLogs } from '@/components/connection/recent-logs';
import { ConnectButton } from '@/components/oauth/connect-button';
import { ConnectResult } from '@/components/oauth/connect-result';
import { requireMember } from '@/lib/auth/current-member';
import { loadConnectionPage } from '@/lib/connections/connection-page-data';
import { getDictionary } from '@/lib/i18n/locale.server';
import { supportsOAuthConnect } from '@/lib/oauth/oauth-connect.schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).connectionPage.metaTitle };
}

interface ConnectionPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// A dynamic segment beside static siblings (setup, logs, webhooks, …): Next matches those
// first, so only ids reach this page; anything that is not an id is a plain 404.
export default async function ConnectionPage({ params, searchParams }: ConnectionPageProps) {
  const { id } = await params;
  if (!z.guid().safeParse(id).success) notFound();
  const member = await requireMember();
  const data = await loadConnectionPage(member.claims, id);
  if (!data) notFound();
  const { connection } = data;
  const [query, dictionary] = await Promise.all([searchParams, getDictionary()]);
  const created = query.created === '1';
  const single = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6" data-test="connection-page" data-connection-id={connection.id}>
      <Link href="/integrations" className="w-fit text-sm font-medium text-indigo-700 hover:underline">{dictionary.connectionPage.backToHub}</Link>
      <ConnectionHeader connection={connection} created={created} />
      <ConnectResult outcome={single(query.oauth)} reason={single(query.reason)} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <CredentialList connection={connection} hints={data.hints} currentUserId={member.userId} />
          <HealthHistory rows={data.health} />
          <RecentLogs rows={data.logs} />
          {data.audit ? <AuditTrail rows={data.audit} currentUserId={member.userId} /> : null}
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          <ConnectionDetails connection={connection} />
          {connection.can_manage && supportsOAuthConnect(connection.provider_slug) ? (
            <ConnectButton connectionId={connection.id} providerName={connection.provider_name} connected={connection.status === 'active'} />
          ) : null}
          {connection.can_manage ? <ManageConnection connection={connection} /> : null}
          <RateLimitEditor connectionId={connection.id} />
        </div>
      </div>
    </div>
  );
}
