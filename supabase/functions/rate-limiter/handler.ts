import { z } from 'zod';
import { makeProxyCallerIdentifier, type ProxyCaller } from '../_shared/api-keys/caller.ts';
import { connect } from '../_shared/db.ts';
import { errorResponse, HttpError, toErrorResponse } from '../_shared/http/errors.ts';
import { readJson } from '../_shared/http/read-json.ts';
import { admitCalls, type Admission, type MinRole } from '../_shared/proxy/admit.ts';
import { AdmissionBatcher } from '../_shared/proxy/admission-batcher.ts';
import { rateLimitHeaders } from '../_shared/proxy/rate-limit-headers.ts';

const Body = z.object({ connection_id: z.uuid(), cost: z.int().min(1).max(10_000).optional() }).strict();

export interface RateLimiterDeps {
  identify: (req: Request) => Promise<ProxyCaller | null>;
  admit: (connectionId: string, caller: ProxyCaller, minRole: MinRole, cost: number) => Promise<Admission>;
}

/**
 * POST {connection_id, cost?} → {allowed, limits}: checks and counts `cost` calls against
 * every window of the connection (provider defaults on first use), for internal services
 * (service role) and members of the connection's organization. A refusal is an answer,
 * not an error: 200 with allowed false, Retry-After and X-RateLimit-* headers.
 */
export function makeRateLimiterHandler(deps: RateLimiterDeps) {
  return async (req: Request): Promise<Response> => {
    try {
      if (req.method !== 'POST') return errorResponse('method_not_allowed', 'Use POST.', { allow: 'POST' });
      const caller = await deps.identify(req);
      if (!caller) throw new HttpError('unauthorized', 'The service role or a signed-in member is required.');
      const body = Body.parse(await readJson(req, 4096));
      const cost = body.cost ?? 1;
      const admission = await deps.admit(body.connection_id, caller, 'viewer', cost);
      if (admission.outcome === 'not_found') throw new HttpError('not_found', 'No such connection.');
      if (admission.outcome === 'disabled') throw new HttpError('conflict', 'The connection is disabled.');
      if (admission.outcome !== 'ok' && admission.outcome !== 'limited') throw new HttpError('forbidden', 'Not allowed.');
      const allowed = admission.outcome === 'ok';
      const limits = admission.limits ?? [];
      return Response.json({ allowed, limits }, { headers: rateLimitHeaders(limits, { refused: !allowed, cost, now: Date.now() }) });
    } catch (err) {
      if (err instanceof z.ZodError) return errorResponse('bad_request', `Invalid body: ${err.issues[0]?.path.join('.') || 'body'} ${err.issues[0]?.message}`);
      return toErrorResponse(err);
    }
  };
}

export function createHandler(env: Record<string, string | undefined>) {
  const sql = connect(env.SUPABASE_DB_URL, Number(env.RATE_LIMITER_DB_POOL ?? 10));
  // Verified JWTs are remembered until they expire (at most a minute), as in the proxy.
  const identify = makeProxyCallerIdentifier({
    jwtSecret: env.SUPABASE_JWT_SECRET,
    jwksUrl: env.SUPABASE_URL ? `${env.SUPABASE_URL}/auth/v1/.well-known/jwks.json` : undefined,
  });
  const admissions = new AdmissionBatcher((connectionId, requests) => admitCalls(sql, connectionId, requests));
  return makeRateLimiterHandler({
    // Only JWTs (verify_jwt): an organization API key is not a caller of this function.
    identify: async (req) => {
      const caller = await identify(req);
      return caller?.kind === 'api_key' ? null : caller;
    },
    admit: (connectionId, caller, minRole, cost) => admissions.admit(connectionId, { caller, minRole, cost }),
  });
}
