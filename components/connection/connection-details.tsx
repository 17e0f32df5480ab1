import type { ReactNode } from 'react';
import { formatDubaiDateTime, formatDubaiDateTimeOr } from '@/lib/format/date-time';
import type { ConnectionDetail } from '@/lib/connections/connection-detail.schema';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';
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
export async function ConnectionDetails({ connection }: { connection: ConnectionDetail }) {
  const d = (await getDictionary()).connectionPage.details;
  return (
    <DetailSection id="connection-details" title={d.title}>
      <dl className="grid gap-4 sm:grid-cols-2">
        <Item label={d.provider}>{connection.provider_name}</Item>
        <Item label={d.environment} test="detail-environment">{connection.environment === 'production' ? d.production : d.sandbox}</Item>
        <Item label={d.status} test="detail-status">
          {d.statuses[connection.status] ?? connection.status}
          {connection.status_reason ? <span className="text-slate-600"> — {connection.status_reason}</span> : null}
        </Item>
        <Item label={d.baseUrl} test="detail-base-url">
          <span dir={connection.base_url_override ? 'ltr' : undefined} className="font-mono text-xs">{connection.base_url_override ?? d.providerDefault}</span>
        </Item>
        <Item label={d.created}>{formatDubaiDateTime(connection.created_at)}</Item>
        <Item label={d.lastChanged}>{formatDubaiDateTime(connection.updated_at)}</Item>
        <Item label={d.lastHealthCheck}>{formatDubaiDateTimeOr(connection.last_health_check_at, d.never)}</Item>
        <Item label={d.lastUsed}>{formatDubaiDateTimeOr(connection.last_used_at, d.never)}</Item>
      </dl>
      {connection.docs_url ? (
        <a href={connection.docs_url} target="_blank" rel="noreferrer" className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline">
          {fill(d.docs, { provider: connection.provider_name })}
        </a>
      ) : null}
    </DetailSection>
  );
}
