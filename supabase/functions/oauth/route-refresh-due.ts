import { z } from 'zod';
import { mapPool } from '../_shared/health/pool.ts';
import { HttpError } from '../_shared/http/errors.ts';
import { readJson } from '../_shared/http/read-json.ts';
import { warnAboutExpiringTokens } from '../_shared/oauth/expiry-warning.ts';
import { refreshAccessToken, type RefreshResult } from '../_shared/oauth/refresh-token.ts';
import { pruneStates } from '../_shared/oauth/state-store.ts';
import type { OAuthRouteContext } from './route-context.ts';

/** Every 5 minutes the scheduler refreshes what expires within 10, so each token gets two tries. */
const DUE_WINDOW_MS = 10 * 60_000;

const Body = z.strictObject({ connection_id: z.uuid().optional() });

/**
 * POST /oauth/refresh-due [{connection_id}] by the scheduler (x-scheduler-secret) or the
 * service role: refreshes the access tokens of active connections that expire within ten
 * minutes, warns once about tokens that cannot be renewed and run out within a week, then
 * clears day-old states. Answers counts per outcome.
 */
export async function handleRefreshDue(ctx: OAuthRouteContext, req: Request): Promise<Response> {
  const caller = await ctx.identify(req);
  if (!caller) throw new HttpError('unauthorized', 'The scheduler secret or the service role is required.');
  if (caller.kind === 'user') throw new HttpError('forbidden', 'Only the scheduler or the service role refreshes tokens.');
  const body = Body.parse(await readJson(req, 4096));
  const { sql } = ctx.deps;

  const due = await sql`
    select s.connection_id from public.oauth_token_status s
      join public.integration_connections c on c.id = s.connection_id
     where c.status = 'active' and s.renewable
       and s.access_token_expires_at < now() + make_interval(secs => ${DUE_WINDOW_MS / 1000})
       and (${body.connection_id ?? null}::uuid is null or s.connection_id = ${body.connection_id ?? null}::uuid)
     order by s.access_token_expires_at
     limit ${ctx.refreshBatch}`;
  const started = performance.now();
  const results: RefreshResult[] = await mapPool(due.map((r) => r.connection_id as string), ctx.refreshConcurrency, (id) =>
    refreshAccessToken(ctx.deps, id, { marginMs: DUE_WINDOW_MS, actor: caller.kind === 'scheduler' ? 'scheduler' : 'service' }));
  const expiringWarned = await warnAboutExpiringTokens(sql, new Date(ctx.deps.now()));
  const pruned = await pruneStates(sql);
  const count = (outcome: RefreshResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
  return Response.json({
    checked: results.length,
    refreshed: count('refreshed'),
    fresh: count('fresh'),
    refused: count('refused'),
    failed: count('failed'),
    skipped: count('skipped'),
    expiring_warned: expiringWarned,
    states_pruned: pruned,
    duration_ms: Math.round(performance.now() - started),
    results: body.connection_id ? results : undefined,
  });
}
