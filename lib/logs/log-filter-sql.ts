import type { Tx } from '@/lib/db/pool.server';
import type { LogFilters, StatusClass } from './log-filters.schema';
import type { LogWindow } from './log-window';

const STATUS_BOUNDS: Record<StatusClass, [number, number]> = {
  '2xx': [200, 300],
  '3xx': [300, 400],
  '4xx': [400, 500],
  '5xx': [500, 600],
};

/** `%`, `_` and `\` typed by the user are literal characters, not ILIKE wildcards. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The WHERE clause every logs query shares (list, statistics, export), for the table
 * aliased `l`. Equality and range comparisons on uuid/text/int/timestamptz are leakproof,
 * so Postgres may use them as index conditions under RLS; ILIKE is not leakproof, so the
 * search can never use an index of its own under RLS (a pg_trgm index would sit unused).
 * It filters rows inside the (organization, time window) index range instead — which is
 * why every query is bounded by a window.
 */
export function logWhereSql(tx: Tx, organizationId: string, filters: LogFilters, window: LogWindow) {
  const status = filters.status ? STATUS_BOUNDS[filters.status] : undefined;
  const pattern = filters.q ? likePattern(filters.q) : undefined;
  return tx`
    l.organization_id = ${organizationId}
    and l.created_at >= ${window.from}
    ${window.to ? tx`and l.created_at < ${window.to}` : tx``}
    ${filters.type ? tx`and l.log_type = ${filters.type}` : tx``}
    ${filters.connection ? tx`and l.connection_id = ${filters.connection}` : tx``}
    ${status ? tx`and l.status_code >= ${status[0]} and l.status_code < ${status[1]}` : tx``}
    ${filters.method ? tx`and l.method = ${filters.method}` : tx``}
    ${pattern ? tx`and (l.path ilike ${pattern} or l.error_message ilike ${pattern} or l.error_code ilike ${pattern})` : tx``}
  `;
}

/** Microsecond UTC text of `created_at`: a JS Date would round the cursor to milliseconds. */
export function atSql(tx: Tx) {
  return tx`to_char(l.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
