import { ConnectionStatusBadge, EnvironmentBadge, HealthBadge } from '@/components/integrations/connection-badges';
import type { ConnectionDetail } from '@/lib/connections/connection-detail.schema';
import { getDictionary } from '@/lib/i18n/locale.server';

export async function ConnectionHeader({ connection, created }: { connection: ConnectionDetail; created: boolean }) {
  const t = await getDictionary();
  return (
    <header className="flex flex-col gap-3">
      {created ? (
        <p role="status" data-test="connection-created" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          {t.connectionPage.created}
        </p>
      ) : null}
      <p className="text-sm text-slate-500">
        <span data-test="provider-name" className="font-medium text-slate-700">{connection.provider_name}</span>
        <span aria-hidden="true"> · </span>
        {t.hub.categories[connection.category]}
      </p>
      <h1 data-test="connection-title" className="break-words text-2xl font-semibold tracking-tight text-slate-900">{connection.name}</h1>
      <div className="flex flex-wrap gap-2">
        <EnvironmentBadge environment={connection.environment} />
        <ConnectionStatusBadge status={connection.status} />
        <HealthBadge health={connection.health_status} />
      </div>
    </header>
  );
}
