import type { StatusClass } from './log-filters.schema';

// Colours carry meaning at a glance; the text is always there too, so nothing relies on colour alone.
const METHOD_CLASSES: Record<string, string> = {
  GET: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  POST: 'bg-sky-50 text-sky-800 ring-sky-600/20',
  PUT: 'bg-amber-50 text-amber-800 ring-amber-600/30',
  PATCH: 'bg-violet-50 text-violet-800 ring-violet-600/20',
  DELETE: 'bg-rose-50 text-rose-800 ring-rose-600/20',
};
const OTHER_METHOD = 'bg-slate-100 text-slate-700 ring-slate-500/20';

export function methodClasses(method: string): string {
  return METHOD_CLASSES[method] ?? OTHER_METHOD;
}

export function statusClassOf(status: number | null): StatusClass | null {
  if (status === null || status < 200 || status >= 600) return null;
  return `${Math.floor(status / 100)}xx` as StatusClass;
}

const STATUS_CLASSES: Record<StatusClass, string> = {
  '2xx': 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  '3xx': 'bg-sky-50 text-sky-800 ring-sky-600/20',
  '4xx': 'bg-amber-50 text-amber-800 ring-amber-600/30',
  '5xx': 'bg-rose-50 text-rose-800 ring-rose-600/20',
};

export function statusClasses(status: number | null): string {
  const statusClass = statusClassOf(status);
  return statusClass ? STATUS_CLASSES[statusClass] : OTHER_METHOD;
}

/** Slow is what the health monitor calls degraded (2 s); past 5 s it is an outlier. */
export function durationClasses(ms: number | null): string {
  if (ms === null) return 'text-slate-400';
  if (ms >= 5_000) return 'font-semibold text-rose-700';
  if (ms >= 2_000) return 'text-amber-700';
  return 'text-slate-700';
}
