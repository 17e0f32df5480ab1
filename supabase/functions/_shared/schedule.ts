/**
 * What runs when — the one definition. The local stack's scheduler runs it; on hosted
 * Supabase the same entries become pg_cron jobs (pg_net for function calls).
 */
export type ScheduleEntry =
  | { name: string; everySeconds: number; kind: 'function'; fn: string; path?: string; body?: Record<string, unknown> }
  | { name: string; everySeconds: number; kind: 'sql'; sql: string };

export const SCHEDULE: readonly ScheduleEntry[] = [
  // Health checks of every due connection (per-connection intervals are decided by the monitor).
  { name: 'health-checks', everySeconds: 300, kind: 'function', fn: 'health-monitor', body: {} },
  // Retries of webhook events whose handlers failed, on their backoff schedule.
  { name: 'webhook-retries', everySeconds: 15, kind: 'function', fn: 'webhook-handler', path: '/_worker', body: {} },
  // Next months' log partitions exist before rows need them.
  { name: 'log-partitions', everySeconds: 86_400, kind: 'sql', sql: 'select public.ensure_log_partitions(3)' },
];
