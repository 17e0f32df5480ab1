import { z } from 'zod';
import { ANALYTICS_RANGES } from './analytics-range.schema';

const figures = {
  requests: z.number(),
  successful: z.number(),
  failed: z.number(),
  avgMs: z.number().nullable(),
  p95Ms: z.number().nullable(),
};

export const analyticsPointSchema = z.object({ bucket: z.string(), ...figures });
export const analyticsProviderSchema = z.object({ slug: z.string(), name: z.string(), requests: z.number() });

/** The analytics page's data for one range, all read from the hourly rollups. */
export const analyticsReportSchema = z.object({
  range: z.enum(ANALYTICS_RANGES),
  granularity: z.enum(['hour', 'day']),
  from: z.string(),
  to: z.string(),
  totals: z.object({ ...figures, successRate: z.number().nullable(), errorRate: z.number().nullable() }),
  series: z.array(analyticsPointSchema),
  providers: z.array(analyticsProviderSchema),
});

export type AnalyticsReport = z.infer<typeof analyticsReportSchema>;
export type AnalyticsPoint = z.infer<typeof analyticsPointSchema>;
export type AnalyticsProvider = z.infer<typeof analyticsProviderSchema>;
