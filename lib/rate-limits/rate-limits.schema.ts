import { z } from 'zod';
import { Constants } from '../../types/database';

// Enum values from the generated types, so the editor cannot drift from Postgres' rate_window.
export const RATE_WINDOWS = Constants.public.Enums.rate_window;
export const rateWindowSchema = z.enum(RATE_WINDOWS, 'window');
export type RateWindow = z.infer<typeof rateWindowSchema>;

/** One window as the editor shows it: the counter is read as of now (a stale window counts 0). */
export const rateLimitViewSchema = z.object({
  id: z.guid(),
  window_unit: rateWindowSchema,
  max_requests: z.number().int(),
  used: z.number().int(),
  remaining: z.number().int(),
  reset_at: z.coerce.date(),
});
export type RateLimitView = z.infer<typeof rateLimitViewSchema>;

// Messages are the dictionary's keys (rateLimits.errors.*), translated by the actions.
const maxRequests = z.coerce.number('limit').int('limit').positive('limit').max(1_000_000_000, 'limit');

export const addRateLimitInputSchema = z.object({
  connection_id: z.guid(),
  window_unit: rateWindowSchema,
  max_requests: maxRequests,
});
export const updateRateLimitInputSchema = z.object({ id: z.guid(), max_requests: maxRequests });
export const removeRateLimitInputSchema = z.object({ id: z.guid() });

export type AddRateLimitInput = z.infer<typeof addRateLimitInputSchema>;
export type UpdateRateLimitInput = z.infer<typeof updateRateLimitInputSchema>;

/** The windows a connection has no limit for yet: one row per window. */
export function freeWindows(taken: readonly RateWindow[]): RateWindow[] {
  return RATE_WINDOWS.filter((w) => !taken.includes(w));
}
