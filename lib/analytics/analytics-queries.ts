// Not `server-only`: takes a transaction, holds no secret, and the benchmark runs it in
// plain Node against a real connection exactly as the route handler does.
import { z } from 'zod';
import type { Tx } from '@/lib/db/pool.server';
import type { AnalyticsQuery } from './analytics-range.schema';
import type { AnalyticsReport } from './analytics.schema';
import type { AnalyticsWindow } from './analytics-window';
import { summarizeAnalytics } from './summarize-analytics';

// Sums come back as float8: exact below 2^53, and numbers rather than postgres.js's bigint strings.
const rollupRowSchema = z.object({
  level: z.enum(['bucket', 'provider', 'total']),
  bucket: z.date().nullable(),
  slug: z.string().nullable(),
  name: z.string().nullable(),
  requests: z.number(),
  successful: z.number(),
  failed: z.number(),
  duration_ms: z.number(),
  max_ms: z.number(),
  histogram: z.array(z.number()),
});

/**
 * Reads the window's hourly rollups once and sums them three ways in one statement — per
 * time bucket, per provider and overall — with grouping sets; the log is never read. A
 * quarter of 50 connections is ~100k rollup rows however many calls they count. They are
 * first folded per (connection, bucket), so the histogram subscripts and the provider join
 * run on a few thousand rows, not on every rollup (three times faster on a quarter).
 */
export async function readAnalytics(tx: Tx, organizationId: string, query: AnalyticsQuery, window: AnalyticsWindow): Promise<AnalyticsReport> {
  // Asia/Dubai is a fixed +04:00, so date_bin from a Dubai midnight gives Dubai days without
  // a per-row time-zone lookup (date_trunc(..., 'Asia/Dubai') costs more than the scan).
  const bucket =
    window.granularity === 'hour' ? tx`a.bucket_start` : tx`date_bin('1 day', a.bucket_start, timestamptz '2000-01-01 00:00+04')`;
  const rows = await tx`
    with per_connection as (
      select a.connection_id, ${bucket} as bucket,
             sum(a.request_count) as requests, sum(a.success_count) as successful, sum(a.error_count) as failed,
             sum(a.total_duration_ms) as duration_ms, max(a.max_duration_ms) as max_ms,
             sum(a.duration_histogram[1]) as h1, sum(a.duration_histogram[2]) as h2, sum(a.duration_histogram[3]) as h3,
             sum(a.duration_histogram[4]) as h4, sum(a.duration_histogram[5]) as h5, sum(a.duration_histogram[6]) as h6,
             sum(a.duration_histogram[7]) as h7, sum(a.duration_histogram[8]) as h8, sum(a.duration_histogram[9]) as h9,
             sum(a.duration_histogram[10]) as h10, sum(a.duration_histogram[11]) as h11, sum(a.duration_histogram[12]) as h12
        from public.integration_analytics a
       where a.organization_id = ${organizationId}
         and a.bucket_start >= ${window.from} and a.bucket_start < ${window.to}
       group by a.connection_id, 2
    )
    select case when grouping(d.bucket) = 0 then 'bucket' when grouping(p.slug) = 0 then 'provider' else 'total' end as level,
           d.bucket, p.slug, min(p.name) as name,
           sum(d.requests)::float8 as requests, sum(d.successful)::float8 as successful, sum(d.failed)::float8 as failed,
           sum(d.duration_ms)::float8 as duration_ms, max(d.max_ms)::float8 as max_ms,
           array[sum(d.h1), sum(d.h2), sum(d.h3), sum(d.h4), sum(d.h5), sum(d.h6),
                 sum(d.h7), sum(d.h8), sum(d.h9), sum(d.h10), sum(d.h11), sum(d.h12)]::float8[] as histogram
      from per_connection d
      left join public.integration_connections c on c.id = d.connection_id
      left join public.integration_providers p on p.id = c.provider_id
     group by grouping sets ((d.bucket), (p.slug), ())
  `;
  return summarizeAnalytics(query, window, z.array(rollupRowSchema).parse(rows));
}
