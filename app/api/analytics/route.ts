import { readAnalytics } from '@/lib/analytics/analytics-queries';
import { analyticsQuerySchema } from '@/lib/analytics/analytics-range.schema';
import { resolveAnalyticsWindow } from '@/lib/analytics/analytics-window';
import { withRls } from '@/lib/db/with-rls';
import { json } from '../_lib/api-error';
import { memberRoute } from '../_lib/member-route';

/** GET /api/analytics?range=week|month|quarter|custom&from&to — cards, series and providers from rollups. */
export const GET = memberRoute(analyticsQuerySchema, async (query, member) => {
  const report = await withRls(member.claims, (tx) =>
    readAnalytics(tx, member.organizationId, query, resolveAnalyticsWindow(query)),
  );
  return json(report);
});
