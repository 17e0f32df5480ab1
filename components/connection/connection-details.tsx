import type { ReactNode } from 'react';
import { formatDubaiDateTime, formatDubaiDateTimeOr } from '@/lib/format/date-time';
import type { ConnectionDetail } from '@/lib/connections/connection-detail.schema';
import { DetailSection } from './detail-section';

function Item({ label, children, test }: { label: string; children: ReactNode; test?: string }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
      <dd data-test={test} className="break-words text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** Identity, environment, status and timestamps (Dubai time). */
export function ConnectionDetails({ connection }: { connection: ConnectionDetail }) {
  return (
    <DetailSection id="connection-details" title="Details">
      <dl className="grid gap-4 sm:grid-cols-2">
        <Item label="Provider">{connection.provider_name}</Item>
        <Item label="Environment" test="detail-environment">{connection.environment === 'production' ? 'Production' : 'Sandbox'}</Item>
        <Item label="Status" test="detail-status">
          {connection.status}
          {connection.status_reason ? <span className="text-slate-600"> — {connection.status_reason}</span> : null}
        </Item>
        <Item label="Base URL" test="detail-base-url">
          <span className="font-mono text-xs">{connection.base_url_override ?? 'Provider default'}</span>
        </Item>
        <Item label="Created">{formatDubaiDateTime(connection.created_at)}</Item>
        <Item label="Last changed">{formatDubaiDateTime(connection.updated_at)}</Item>
        <Item label="Last health check">{formatDubaiDateTimeOr(connection.last_health_check_at, 'never')}</Item>
        <Item label="Last used through the proxy">{formatDubaiDateTimeOr(connection.last_used_at, 'never')}</Item>
      </dl>
      {connection.docs_url ? (
        <a href={connection.docs_url} target="_blank" rel="noreferrer" className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline">
          {connection.provider_name} API documentation
        </a>
      ) : null}
    </DetailSection>
  );
}
