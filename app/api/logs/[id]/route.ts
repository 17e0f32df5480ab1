import { z } from 'zod';
import { withRls } from '@/lib/db/with-rls';
import { logAtSchema, logIdSchema } from '@/lib/logs/log-cursor';
import { getLogDetail } from '@/lib/logs/log-detail';
import { apiError, json } from '../../_lib/api-error';
import { memberRoute } from '../../_lib/member-route';

/** GET /api/logs/<id>?at=<created_at> — one entry, redacted; `at` completes the table's key. */
export const GET = memberRoute(z.object({ id: logIdSchema, at: logAtSchema }), async ({ id, at }, member) => {
  const detail = await withRls(member.claims, (tx) => getLogDetail(tx, member.organizationId, at, id));
  return detail ? json(detail) : apiError(404, 'not_found', 'No such log entry.');
});
