import type { Metadata } from 'next';
import Link from 'next/link';
import { HubView } from '@/components/hub/hub-view';
import { requireMember } from '@/lib/auth/current-member';
import { hasRole } from '@/lib/auth/roles';
import { withRls } from '@/lib/db/with-rls';
import { loadHub } from '@/lib/hub/hub-data.server';
import { parseHubFilters } from '@/lib/hub/hub-filters.schema';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).hub.title };
}

interface HubPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The server renders the first data (filters from the URL), so the hub reads without
 * JavaScript; the client then polls GET /api/hub with the same filters.
 */
export default async function IntegrationHubPage({ searchParams }: HubPageProps) {
  const member = await requireMember();
  const t = await getDictionary();
  const filters = parseHubFilters(await searchParams);
  const data = await withRls(member.claims, (tx) => loadHub(tx, member.organizationId, filters));
  const canConnect = hasRole(member.role, 'admin');

  return (
    <div className="mx-auto max-w-7xl">
      <header className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 data-test="hub-title" className="text-2xl font-semibold tracking-tight text-slate-900">{t.hub.title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {fill(t.hub.subtitle, { org: member.organizationName })} {t.common.dubaiTime}
          </p>
        </div>
        {canConnect && data.stats.total > 0 ? (
          <Link
            href="/integrations/setup"
            data-test="hub-connect"
            className="inline-flex items-center justify-center rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          >
            {t.hub.connect}
          </Link>
        ) : null}
      </header>
      <HubView server={{ filters, data }} canTest={canConnect} />
    </div>
  );
}
