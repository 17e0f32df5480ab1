// oauth: "Connect with …" for authorization-code providers (start → provider consent →
// callback), and the scheduled refresh of their access tokens.
import { z } from 'zod';
import { makeCallerIdentifier } from '../_shared/auth/caller.ts';
import { connect } from '../_shared/db.ts';
import { errorResponse, toErrorResponse } from '../_shared/http/errors.ts';
import { loadCredentialKeys } from '../_shared/vault/keys.ts';
import { handleCallback } from './route-callback.ts';
import type { OAuthRouteContext } from './route-context.ts';
import { handleRefreshDue } from './route-refresh-due.ts';
import { handleStart } from './route-start.ts';
import { makeDenoResolver } from '../_shared/outbound/deno-resolver.ts';

type Route = { method: 'GET' | 'POST'; run: (ctx: OAuthRouteContext, req: Request) => Promise<Response> };

const ROUTES: Record<string, Route> = {
  start: { method: 'POST', run: handleStart },
  callback: { method: 'GET', run: handleCallback },
  'refresh-due': { method: 'POST', run: handleRefreshDue },
};

/** The path after the function name: hosted and local runtimes both pass /oauth/<route>. */
function routeOf(url: URL): string {
  const parts = url.pathname.split('/').filter(Boolean);
  const at = parts.indexOf('oauth');
  return (at >= 0 ? parts.slice(at + 1) : parts).join('/');
}

/** Logs what went wrong without messages, which may quote statement parameters (keys, tokens). */
function report(err: unknown): void {
  const { name, code } = err as { name?: string; code?: string };
  console.error('[oauth] unexpected failure', { name, code });
}

export function makeOAuthHandler(ctx: OAuthRouteContext) {
  return async (req: Request): Promise<Response> => {
    const route = ROUTES[routeOf(new URL(req.url))];
    if (!route) return errorResponse('not_found', 'No such route of oauth (start, callback, refresh-due).');
    if (req.method !== route.method) return errorResponse('method_not_allowed', `Use ${route.method}.`, { allow: route.method });
    try {
      return await route.run(ctx, req);
    } catch (err) {
      if (err instanceof z.ZodError) {
        const issue = err.issues[0];
        return errorResponse('bad_request', `Invalid ${issue?.path.join('.') || 'body'}: ${issue?.message}`);
      }
      return toErrorResponse(err, report);
    }
  };
}

export function createHandler(env: Record<string, string | undefined>) {
  const functionsBase = `${(env.SUPABASE_URL ?? '').replace(/\/+$/, '')}/functions/v1`;
  return makeOAuthHandler({
    deps: {
      sql: connect(env.SUPABASE_DB_URL, Number(env.OAUTH_DB_POOL ?? 10)),
      keys: loadCredentialKeys(env),
      fetch: globalThis.fetch,
      now: () => Date.now(),
      allowPrivate: env.HUB_ALLOW_PRIVATE_UPSTREAMS === 'true',
      resolve: makeDenoResolver(),
      timeoutMs: Number(env.OAUTH_TIMEOUT_MS ?? 10_000),
    },
    identify: makeCallerIdentifier({
      jwtSecret: env.SUPABASE_JWT_SECRET,
      jwksUrl: env.SUPABASE_URL ? `${env.SUPABASE_URL}/auth/v1/.well-known/jwks.json` : undefined,
      schedulerSecret: env.SCHEDULER_SECRET,
    }),
    dashboardUrl: env.HUB_DASHBOARD_URL || null,
    // Must equal the redirect URI registered in each provider app; OAUTH_CALLBACK_URL pins
    // it where the functions sit behind another public host.
    callbackUrl: env.OAUTH_CALLBACK_URL || `${functionsBase}/oauth/callback`,
    refreshConcurrency: Number(env.OAUTH_REFRESH_CONCURRENCY ?? 8),
    refreshBatch: Number(env.OAUTH_REFRESH_BATCH ?? 500),
  });
}
