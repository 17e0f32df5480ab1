import { z } from 'zod';

export const ANALYTICS_RANGES = ['week', 'month', 'quarter', 'custom'] as const;
export type AnalyticsRange = (typeof ANALYTICS_RANGES)[number];

/** Longest custom range: a year of hourly rollups is still a bounded read. */
export const MAX_ANALYTICS_DAYS = 366;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

/** `?range=week|month|quarter` or `?range=custom&from=YYYY-MM-DD&to=YYYY-MM-DD` (Dubai days, inclusive). */
export const analyticsQuerySchema = z
  .object({
    range: optional(z.enum(ANALYTICS_RANGES)).transform((range) => range ?? 'week'),
    from: optional(z.string().regex(DAY, 'Use YYYY-MM-DD.')),
    to: optional(z.string().regex(DAY, 'Use YYYY-MM-DD.')),
  })
  .superRefine((query, ctx) => {
    if (query.range !== 'custom') return;
    if (!query.from || !query.to) {
      ctx.addIssue({ code: 'custom', path: [query.from ? 'to' : 'from'], message: 'A custom range needs from and to.' });
      return;
    }
    const days = (Date.parse(query.to) - Date.parse(query.from)) / DAY_MS + 1;
    if (!(days >= 1)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from.' });
    if (days > MAX_ANALYTICS_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `A range may span at most ${MAX_ANALYTICS_DAYS} days.` });
    }
  });

export type AnalyticsQuery = z.output<typeof analyticsQuerySchema>;

export function analyticsParams(query: AnalyticsQuery): URLSearchParams {
  const params = new URLSearchParams({ range: query.range });
  if (query.range === 'custom' && query.from && query.to) {
    params.set('from', query.from);
    params.set('to', query.to);
  }
  return params;
}
