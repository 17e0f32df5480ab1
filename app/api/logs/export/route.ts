import { withRls } from '@/lib/db/with-rls';
import { EXPORT_HEADER, exportLogs } from '@/lib/logs/log-export';
import { logFiltersSchema } from '@/lib/logs/log-filters.schema';
import { resolveLogWindow } from '@/lib/logs/log-window';
import { pullStream } from '@/lib/logs/pull-stream';
import { NO_STORE } from '../../_lib/api-error';
import { memberRoute } from '../../_lib/member-route';

function fileName(now: Date): string {
  return `integration-logs-${now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.csv`;
}

/**
 * GET /api/logs/export?<filters> — the filtered rows as CSV, streamed from a cursor
 * under the member's RLS while the download runs. A BOM first, so Excel reads UTF-8
 * (Arabic connection names, error messages).
 */
export const GET = memberRoute(logFiltersSchema, async (filters, member) => {
  const window = resolveLogWindow(filters);
  const body = pullStream(async (write) => {
    await write(`\uFEFF${EXPORT_HEADER}`);
    await withRls(member.claims, (tx) => exportLogs(tx, member.organizationId, filters, window, write));
  });
  return new Response(body, {
    headers: {
      ...NO_STORE,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName(new Date())}"`,
    },
  });
});
