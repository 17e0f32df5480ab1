'use client';

import type { ReactNode } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import { formatMs, formatNumber } from '@/lib/i18n/format';
import type { LogDetail } from '@/lib/logs/log-entry.schema';
import { MethodBadge, StatusBadge } from './log-badges';

function Exchange({ kind, headers, body, bytes }: { kind: 'request' | 'response'; headers: Record<string, string> | null; body: string | null; bytes: number | null }) {
  const { t, locale } = useI18n();
  const d = t.logs.detail;
  const entries = Object.entries(headers ?? {});
  return (
    <section data-test={`log-detail-${kind}`} className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-900">
        {d[kind]}
        {bytes !== null ? <span className="ms-2 text-xs font-normal text-slate-500">{d.bytes}: {formatNumber(bytes, locale)} B</span> : null}
      </h3>
      <p className="text-xs font-medium text-slate-500">{d.headers}</p>
      {entries.length === 0 ? <p className="text-xs text-slate-500">{d.noHeaders}</p> : (
        <dl dir="ltr" data-test={`log-detail-${kind}-headers`} className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 rounded-lg bg-slate-50 p-2 font-mono text-xs">
          {entries.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="text-slate-500">{name}</dt>
              <dd className="break-all text-slate-800">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="text-xs font-medium text-slate-500">{d.body}</p>
      {body ? (
        <pre dir="ltr" data-test={`log-detail-${kind}-body`} className="max-h-64 overflow-auto whitespace-pre-wrap break-all rounded-lg bg-slate-900 p-3 font-mono text-xs text-slate-100">{body}</pre>
      ) : <p className="text-xs text-slate-500">{d.noBody}</p>}
    </section>
  );
}

/** A log entry in full, already redacted by the server. */
export function LogDetailBody({ detail }: { detail: LogDetail }) {
  const { t, locale } = useI18n();
  const d = t.logs.detail;
  const c = t.logs.columns;
  const facts: Array<[string, ReactNode]> = [
    [c.time, formatDubaiDateTime(detail.at)],
    [c.type, t.logs.types[detail.log_type]],
    [c.connection, detail.connection_name ?? t.common.none],
    [c.method, <MethodBadge key="m" method={detail.method} />],
    [c.status, <StatusBadge key="s" status={detail.status_code} />],
    [c.duration, detail.duration_ms === null ? t.common.none : formatMs(detail.duration_ms, locale)],
    [d.caller, [detail.caller_type, detail.caller_id].filter(Boolean).join(' · ') || t.common.none],
    [d.ip, detail.ip ?? t.common.none],
  ];
  return (
    <div className="space-y-5">
      <p dir="ltr" data-test="log-detail-path" className="break-all text-start font-mono text-sm text-slate-800">{detail.path ?? t.common.none}</p>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="mt-0.5 font-medium text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
      {detail.error_code || detail.error_message ? (
        <section data-test="log-detail-error" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-800">
          <h3 className="font-semibold">{d.error}{detail.error_code ? <code className="ms-2 font-mono text-xs">{detail.error_code}</code> : null}</h3>
          {detail.error_message ? <p className="mt-1 break-words">{detail.error_message}</p> : null}
        </section>
      ) : null}
      <Exchange kind="request" headers={detail.request_headers} body={detail.request_body} bytes={detail.request_bytes} />
      <Exchange kind="response" headers={detail.response_headers} body={detail.response_body} bytes={detail.response_bytes} />
      <p className="text-xs text-slate-500">{d.redacted}</p>
    </div>
  );
}
