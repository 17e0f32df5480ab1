import { withRls } from '@/lib/db/with-rls';
import { logListQuerySchema } from '@/lib/logs/log-filters.schema';
import { resolveLogWindow } from '@/lib/logs/log-window';
import { listLogs } from '@/lib/logs/logs-queries';
import { json } from '../_lib/api-error';
import { memberRoute } from '../_lib/member-route';

/** GET /api/logs?type&connection&status&method&range&from&to&q&cursor — one page, newest first. */
export const GET = memberRoute(logListQuerySchema, async ({ cursor, ...filters }, member) => {
  const page = await withRls(member.claims, (tx) =>
    listLogs(tx, member.organizationId, filters, resolveLogWindow(filters), cursor),
  );
  return json(page);
});
