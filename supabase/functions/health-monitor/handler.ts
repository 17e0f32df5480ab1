import { z } from 'zod';
import { makeCallerIdentifier, type Caller } from '../_shared/auth/caller.ts';
import { connect, type Sql } from '../_shared/db.ts';
import { mapPool } from '../_shared/health/pool.ts';
import { checkConnection, type CheckResult, type CheckerDeps } from '../_shared/health/check-connection.ts';
import { errorResponse, HttpError, toErrorResponse } from '../_shared/http/errors.ts';
import { readJson } from '../_shared/http/read-json.ts';
import { PgTokenCache } from '../_shared/outbound/pg-token-cache.ts';
import { loadCredentialKeys } from '../_shared/vault/keys.ts';
import { makeDenoResolver } from '../_shared/outbound/deno-resolver.ts';

// connection_id: that one connection; organization_id: that organization's due connections
// (a run narrowed for operators and tests); neither: every due connection.
const Body = z.object({ connection_id: z.uuid().optional(), organization_id: z.uuid().optional() }).strict()
  .refine((b) => !(b.connection_id && b.organization_id), { message: 'give connection_id or organization_id, not both' });

export interface HealthMonitorDeps {
  sql: Sql;
  identify: (req: Request) => Promise<Caller | null>;
  check: (connectionId: string, actor: 'scheduler' | 'service' | 'user') => Promise<CheckResult>;
  concurrency: number;
  batchLimit: number;
}

/** Admins may check one connection of their own organization; RLS answers "whose is it". */
async function assertAdminOf(sql: Sql, caller: Extract<Caller, { kind: 'user' }>, connectionId: string): Promise<void> {
  const rows = await sql.begin(async (tx) => {
    await tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify(caller.claims)}, true)`;
    return tx`select private.has_org_role(c.organization_id, 'admin') as admin from public.integration_connections c where c.id = ${connectionId}`;
  });
  if (rows.length === 0) throw new HttpError('not_found', 'No such connection.');
  if (!rows[0]!.admin) throw new HttpError('forbidden', 'Only admins can run a health check.');
}

export function makeHealthMonitorHandler(deps: HealthMonitorDeps) {
  return async (req: Request): Promise<Response> => {
    try {
      if (req.method !== 'POST') return errorResponse('method_not_allowed', 'Use POST.', { allow: 'POST' });
      const caller = await deps.identify(req);
      if (!caller) throw new HttpError('unauthorized', 'A scheduler secret, the service role or a signed-in admin is required.');
      const body = Body.parse(await readJson(req, 4096));
      if (caller.kind === 'user') {
        if (!body.connection_id) throw new HttpError('bad_request', 'connection_id is required.');
        await assertAdminOf(deps.sql, caller, body.connection_id);
      }
      const started = performance.now();
      const ids = body.connection_id
        ? [body.connection_id]
        : body.organization_id
          ? (await deps.sql`select connection_id from public.due_health_checks(2147483647) where organization_id = ${body.organization_id}
                            limit ${deps.batchLimit}`).map((r) => r.connection_id as string)
          : (await deps.sql`select connection_id from public.due_health_checks(${deps.batchLimit})`).map((r) => r.connection_id as string);
      if (body.connection_id && caller.kind !== 'user') {
        const exists = await deps.sql`select 1 from public.integration_connections where id = ${body.connection_id}`;
        if (exists.length === 0) throw new HttpError('not_found', 'No such connection.');
      }
      const results = await mapPool(ids, deps.concurrency, (id) => deps.check(id, caller.kind));
      const count = (s: string) => results.filter((r) => r.status === s).length;
      return Response.json({
        checked: results.length,
        healthy: count('healthy'),
        degraded: count('degraded'),
        down: count('down'),
        duration_ms: Math.round(performance.now() - started),
        results: body.connection_id ? results : undefined,
      });
    } catch (err) {
      if (err instanceof z.ZodError) return errorResponse('bad_request', `Invalid body: ${err.issues[0]?.path.join('.') || 'body'} ${err.issues[0]?.message}`);
      return toErrorResponse(err);
    }
  };
}

export function createHandler(env: Record<string, string | undefined>) {
  const sql = connect(env.SUPABASE_DB_URL, Number(env.HEALTH_DB_POOL ?? 10));
  const keys = loadCredentialKeys(env);
  const checker: CheckerDeps = {
    sql,
    keys,
    fetch: globalThis.fetch,
    now: () => Date.now(),
    // Client-credentials tokens are shared (encrypted) across function instances.
    tokenCache: new PgTokenCache(sql, keys),
    timeoutMs: Number(env.HEALTH_TIMEOUT_MS ?? 10_000),
    allowPrivate: env.HUB_ALLOW_PRIVATE_UPSTREAMS === 'true',
    resolve: makeDenoResolver(),
  };
  return makeHealthMonitorHandler({
    sql,
    identify: makeCallerIdentifier({
      jwtSecret: env.SUPABASE_JWT_SECRET,
      jwksUrl: env.SUPABASE_URL ? `${env.SUPABASE_URL}/auth/v1/.well-known/jwks.json` : undefined,
      schedulerSecret: env.SCHEDULER_SECRET,
    }),
    check: (id, actor) => checkConnection(checker, id, actor),
    concurrency: Number(env.HEALTH_CONCURRENCY ?? 200),
    batchLimit: Number(env.HEALTH_BATCH_LIMIT ?? 2000),
  });
}
