'use client';

import Link from 'next/link';
import { useI18n } from '@/components/providers/locale-provider';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import type { IntegrationConnectionSummary } from '@/types/integrations';
import { ConnectionActions } from '@/components/hub/connection-actions';
import { ConnectionStatusBadge, EnvironmentBadge, HealthBadge } from './connection-badges';

export function ConnectionCard({ connection, canTest = false }: { connection: IntegrationConnectionSummary; canTest?: boolean }) {
  const { t } = useI18n();
  const checkedAt = connection.last_health_check_at;
  const headingId = `connection-${connection.id}-name`;

  return (
    <article
      aria-labelledby={headingId}
      data-test="connection-card"
      data-connection-id={connection.id}
      className="flex w-full flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-slate-300 hover:shadow"
    >
      <header className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm text-slate-500">
            <span data-test="provider-name" className="font-medium text-slate-700">
              {connection.provider_name}
            </span>
            <span aria-hidden="true"> · </span>
            <span data-test="connection-category">{t.hub.categories[connection.category]}</span>
          </p>
          <h3 id={headingId} data-test="connection-name" className="mt-1 truncate text-base font-semibold text-slate-900">
            <Link href={`/integrations/${connection.id}`} data-test="connection-link" className="hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">
              {connection.name}
            </Link>
          </h3>
        </div>
        <EnvironmentBadge environment={connection.environment} />
      </header>

      <div className="flex flex-wrap gap-2">
        <ConnectionStatusBadge status={connection.status} />
        <HealthBadge health={connection.health_status} />
      </div>

      <dl className="mt-auto border-t border-slate-100 pt-3 text-sm">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
          <dt className="text-slate-500">{t.hub.lastHealthCheck}</dt>
          <dd className="whitespace-nowrap font-medium tabular-nums text-slate-700" data-test="connection-last-health-check">
            {checkedAt ? <time dateTime={checkedAt.toISOString()}>{formatDubaiDateTime(checkedAt)}</time> : t.hub.never}
          </dd>
        </div>
      </dl>

      <ConnectionActions id={connection.id} name={connection.name} canTest={canTest} />
    </article>
  );
}
