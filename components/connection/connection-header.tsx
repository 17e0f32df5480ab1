import { CATEGORY_LABELS } from '@/components/integrations/category-labels';
import { ConnectionStatusBadge, EnvironmentBadge, HealthBadge } from '@/components/integrations/connection-badges';
import type { ConnectionDetail } from '@/lib/connections/connection-detail.schema';

export function ConnectionHeader({ connection, created }: { connection: ConnectionDetail; created: boolean }) {
  return (
    <header className="flex flex-col gap-3">
      {created ? (
        <p role="status" data-test="connection-created" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          Connection created. Its secrets are encrypted; only masked hints are shown from now on.
        </p>
      ) : null}
      <p className="text-sm text-slate-500">
        <span data-test="provider-name" className="font-medium text-slate-700">{connection.provider_name}</span>
        <span aria-hidden="true"> · </span>
        {CATEGORY_LABELS[connection.category]}
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
