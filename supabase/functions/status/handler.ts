import { connect, type Sql } from '../_shared/db.ts';
import { errorResponse } from '../_shared/http/errors.ts';

export interface StatusDeps {
  sql: Sql;
  now: () => number;
}

/**
 * Liveness of the data plane: answers only when the function runtime and the database
 * both respond, with the database round trip time. Used by the local stack's readiness
 * check and by uptime monitors.
 */
export function makeStatusHandler(deps: StatusDeps) {
  return async (req: Request): Promise<Response> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return errorResponse('method_not_allowed', 'Use GET.', { allow: 'GET, HEAD' });
    }
    const started = deps.now();
    try {
      await deps.sql`select 1`;
    } catch {
      return errorResponse('unavailable', 'The database is not reachable.');
    }
    return Response.json({
      status: 'ok',
      runtime: `deno ${Deno.version.deno}`,
      database_ms: deps.now() - started,
    });
  };
}

export function createHandler(env: Record<string, string | undefined>) {
  return makeStatusHandler({ sql: connect(env.SUPABASE_DB_URL, 2), now: () => performance.now() });
}
