import type { Metadata } from 'next';
import { LogsView } from '@/components/logs/logs-view';
import { requireMember } from '@/lib/auth/current-member';
import { listConnections } from '@/lib/db/connections';
import { withRls } from '@/lib/db/with-rls';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';
import { parseLogFilters } from '@/lib/logs/log-filters.schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).logs.title };
}

interface LogsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The shell and the connection list are server-rendered; entries load through /api/logs. */
export default async function LogsPage({ searchParams }: LogsPageProps) {
  const member = await requireMember();
  const t = await getDictionary();
  const filters = parseLogFilters(await searchParams);
  const connections = await withRls(member.claims, (tx) => listConnections(tx, member.organizationId));

  return (
    <div className="mx-auto max-w-7xl">
      <header className="mb-6">
        <h1 data-test="logs-title" className="text-2xl font-semibold tracking-tight text-slate-900">{t.logs.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {fill(t.logs.subtitle, { org: member.organizationName })} {t.common.dubaiTime}
        </p>
      </header>
      <LogsView initialFilters={filters} connections={connections.map(({ id, name }) => ({ id, name }))} />
    </div>
  );
}
