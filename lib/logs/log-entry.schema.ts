import { z } from 'zod';
import { HTTP_METHODS, LOG_TYPES } from './log-filters.schema';

/** One row of the log list, as the API sends it and the page shows it. */
export const logListItemSchema = z.object({
  id: z.string(),
  /** created_at as UTC text with microseconds: the row's key together with id. */
  at: z.string(),
  log_type: z.enum(LOG_TYPES),
  connection_id: z.guid().nullable(),
  connection_name: z.string().nullable(),
  // Any upper-case verb the column allows, not only the ones the filter offers.
  method: z.union([z.enum(HTTP_METHODS), z.string()]).nullable(),
  path: z.string().nullable(),
  status_code: z.number().int().nullable(),
  duration_ms: z.number().int().nullable(),
  error_code: z.string().nullable(),
  error_message: z.string().nullable(),
});
export type LogListItem = z.infer<typeof logListItemSchema>;

export const logPageSchema = z.object({
  items: z.array(logListItemSchema),
  /** Where the next page starts, or null when this was the last one. */
  nextCursor: z.string().nullable(),
});
export type LogPage = z.infer<typeof logPageSchema>;

export const logStatsSchema = z.object({
  total: z.number().int(),
  successful: z.number().int(),
  errors: z.number().int(),
  avgDurationMs: z.number().int().nullable(),
});
export type LogStats = z.infer<typeof logStatsSchema>;

/** A log's full, redacted detail. */
export const logDetailSchema = logListItemSchema.extend({
  request_bytes: z.number().int().nullable(),
  response_bytes: z.number().int().nullable(),
  caller_type: z.string().nullable(),
  caller_id: z.string().nullable(),
  ip: z.string().nullable(),
  request_headers: z.record(z.string(), z.string()).nullable(),
  request_body: z.string().nullable(),
  response_headers: z.record(z.string(), z.string()).nullable(),
  response_body: z.string().nullable(),
});
export type LogDetail = z.infer<typeof logDetailSchema>;
