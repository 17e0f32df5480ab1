import type { Dictionary } from '@/lib/i18n/dictionary';
import { prettyPayload } from '@/lib/webhooks/redact-payload';

/** Redacted, pretty JSON behind a disclosure: collapsed by default, since payloads are long. */
export function PayloadView({ label, value, dataTest, t }: { label: string; value: unknown; dataTest: string; t: Dictionary['webhooks'] }) {
  const { text, truncated } = prettyPayload(value);
  return (
    <details data-test={dataTest} className="group rounded-lg border border-slate-200">
      <summary className="cursor-pointer select-none px-3 py-1.5 text-xs font-medium text-slate-700 hover:bg-slate-50">{label}</summary>
      <pre dir="ltr" data-test={`${dataTest}-json`} className="max-h-96 overflow-auto whitespace-pre-wrap break-all rounded-b-lg bg-slate-900 p-3 text-start font-mono text-xs text-slate-100">
        {text}
      </pre>
      {truncated ? <p className="px-3 py-1 text-xs text-slate-500">{t.events.truncated}</p> : null}
    </details>
  );
}
