import { withRls } from '@/lib/db/with-rls';
import { logFiltersSchema } from '@/lib/logs/log-filters.schema';
import { resolveLogWindow } from '@/lib/logs/log-window';
import { logStats } from '@/lib/logs/logs-queries';
import { json } from '../../_lib/api-error';
import { memberRoute } from '../../_lib/member-route';

/** GET /api/logs/stats?<filters> — total, successful, errors and mean duration of the filtered rows. */
export const GET = memberRoute(logFiltersSchema, async (filters, member) => {
  const stats = await withRls(member.claims, (tx) => logStats(tx, member.organizationId, filters, resolveLogWindow(filters)));
  return json(stats);
});
