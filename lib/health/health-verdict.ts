import { fill } from '../i18n/fill';

/** What a health check found, as the monitor stores and answers it. */
export interface HealthVerdict {
  error_class: string | null;
  http_status: number | null;
  latency_ms: number | null;
  /** The monitor's own English sentence: the fallback for a class without a translation. */
  message: string | null;
}

/**
 * The verdict in the reader's language, built from its class and figures; classes whose
 * English message carries a technical detail (a field name, a network error) keep that
 * detail for the tooltip, and unknown classes fall back to the stored message.
 */
export function describeVerdict(v: HealthVerdict, verdicts: Record<string, string>): string {
  const template = verdicts[v.error_class ?? 'healthy'];
  if (!template || (v.error_class === null && v.http_status === null)) return v.message ?? '';
  return fill(template, {
    status: v.http_status ?? '',
    ms: v.latency_ms ?? '',
    s: v.latency_ms === null ? '' : Math.round(v.latency_ms / 1000),
  });
}
