import type { Metadata } from 'next';
import Link from 'next/link';
import { ConnectionCard } from '@/components/integrations/connection-card';
import { ConnectionsEmptyState } from '@/components/integrations/connections-empty-state';
import { requireMember } from '@/lib/auth/current-member';
import { hasRole } from '@/lib/auth/roles';
import { listConnections } from '@/lib/db/connections';
import { withRls } from '@/lib/db/with-rls';

export const metadata: Metadata = { title: 'Integration Hub' };

export default async function IntegrationHubPage() {
  const member = await requireMember();
  const connections = await withRls(member.claims, (tx) => listConnections(tx, member.organizationId));
  const canConnect = hasRole(member.role, 'admin');

  return (
    <div className="mx-auto max-w-6xl">
      <header className="mb-8 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Integration Hub</h1>
          <p className="mt-1 text-sm text-slate-600">
            {connections.length === 1 ? '1 connection' : `${connections.length} connections`} for{' '}
            {member.organizationName}. Times are shown in Dubai time (GST).
          </p>
        </div>
        {canConnect && connections.length > 0 ? (
          <Link
            href="/integrations/setup"
            className="inline-flex items-center justify-center rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          >
            Connect a provider
          </Link>
        ) : null}
      </header>

      {connections.length === 0 ? (
        <ConnectionsEmptyState canConnect={canConnect} />
      ) : (
        <section aria-label="Connections">
          <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {connections.map((connection) => (
              <li key={connection.id} className="flex">
                <ConnectionCard connection={connection} canTest={canConnect} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
