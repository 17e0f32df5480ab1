import { withRls } from '@/lib/db/with-rls';
import { loadHub } from '@/lib/hub/hub-data.server';
import { hubFiltersSchema } from '@/lib/hub/hub-filters.schema';
import { json } from '../_lib/api-error';
import { memberRoute } from '../_lib/member-route';

/** GET /api/hub?type&status — the statistics and the filtered connections, polled by the hub. */
export const GET = memberRoute(hubFiltersSchema, async (filters, member) =>
  json(await withRls(member.claims, (tx) => loadHub(tx, member.organizationId, filters))),
);
