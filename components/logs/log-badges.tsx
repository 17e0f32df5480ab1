import { durationClasses, methodClasses, statusClasses } from '@/lib/logs/log-presentation';

const PILL = 'inline-flex items-center rounded-md px-1.5 py-0.5 font-mono text-xs font-semibold ring-1 ring-inset';

export function MethodBadge({ method }: { method: string | null }) {
  if (!method) return <span className="text-slate-400">—</span>;
  return (
    <span data-test="log-method" data-method={method} className={`${PILL} ${methodClasses(method)}`}>
      {method}
    </span>
  );
}

export function StatusBadge({ status }: { status: number | null }) {
  if (status === null) return <span data-test="log-status" className="text-slate-400">—</span>;
  return (
    <span data-test="log-status" data-status={status} className={`${PILL} ${statusClasses(status)}`}>
      {status}
    </span>
  );
}

export function DurationText({ ms, text }: { ms: number | null; text: string }) {
  return (
    <span data-test="log-duration" data-ms={ms ?? ''} className={`whitespace-nowrap tabular-nums ${durationClasses(ms)}`}>
      {text}
    </span>
  );
}
