import { z } from 'zod';
import { logCursorSchema } from './log-cursor';

// `log_type` and `method` are CHECK-constrained text columns (not enums), so the lists
// live here; they must match supabase/migrations/20261125000600_observability.sql.
export const LOG_TYPES = ['request', 'response', 'error', 'webhook', 'system'] as const;
export const STATUS_CLASSES = ['2xx', '3xx', '4xx', '5xx'] as const;
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
export const LOG_RANGES = ['1h', '24h', '7d', '30d', '90d', 'custom'] as const;

export type LogType = (typeof LOG_TYPES)[number];
export type StatusClass = (typeof STATUS_CLASSES)[number];
export type HttpMethod = (typeof HTTP_METHODS)[number];
export type LogRange = (typeof LOG_RANGES)[number];

/** Longest custom window: searches scan the window, so it stays bounded. */
export const MAX_LOG_WINDOW_DAYS = 93;
const DAY_MS = 86_400_000;

// A query string sends "" for an untouched <select>; that means "no filter".
const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

const logFiltersObject = z.object({
  type: optional(z.enum(LOG_TYPES)),
  connection: optional(z.guid()),
  status: optional(z.enum(STATUS_CLASSES)),
  method: optional(z.enum(HTTP_METHODS)),
  range: optional(z.enum(LOG_RANGES)).transform((range) => range ?? '24h'),
  from: optional(z.iso.datetime({ offset: true })),
  to: optional(z.iso.datetime({ offset: true })),
  q: optional(z.string().trim().max(200).transform((q) => q || undefined)),
});

/** A custom window needs both ends, in order, and no longer than MAX_LOG_WINDOW_DAYS. */
function refineRange(filters: z.output<typeof logFiltersObject>, ctx: z.RefinementCtx): void {
  if (filters.range !== 'custom') return;
  if (!filters.from || !filters.to) {
    ctx.addIssue({ code: 'custom', path: [filters.from ? 'to' : 'from'], message: 'A custom range needs from and to.' });
    return;
  }
  const span = Date.parse(filters.to) - Date.parse(filters.from);
  if (span <= 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must be after from.' });
  if (span > MAX_LOG_WINDOW_DAYS * DAY_MS) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `A range may span at most ${MAX_LOG_WINDOW_DAYS} days.` });
  }
}

export const logFiltersSchema = logFiltersObject.superRefine(refineRange);

/** The list's query string: the filters plus where the page starts. */
export const logListQuerySchema = logFiltersObject.extend({ cursor: optional(logCursorSchema) }).superRefine(refineRange);

export type LogFilters = z.output<typeof logFiltersSchema>;
export const DEFAULT_LOG_FILTERS: LogFilters = { range: '24h' };

type SearchParams = Record<string, string | string[] | undefined>;

/** The page's filters from its URL, leniently: anything invalid falls back to the defaults. */
export function parseLogFilters(params: SearchParams): LogFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = logFiltersSchema.safeParse(flat);
  return parsed.success ? parsed.data : DEFAULT_LOG_FILTERS;
}

/** The filters as query parameters, in a fixed order so equal filters give equal URLs. */
export function logFilterParams(filters: LogFilters): URLSearchParams {
  const params = new URLSearchParams();
  const keys = ['type', 'connection', 'status', 'method', 'range', 'from', 'to', 'q'] as const;
  for (const key of keys) {
    const value = filters[key];
    if (value === undefined || (key === 'range' && value === '24h')) continue;
    if ((key === 'from' || key === 'to') && filters.range !== 'custom') continue;
    params.set(key, value);
  }
  return params;
}
