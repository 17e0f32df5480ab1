import type postgres from 'postgres';
import { AuthError, errorResponse, notFound, requestedApiVersion, unexpectedFailure } from './errors.ts';
import * as routes from './routes.ts';
import { createTokenSigner } from './tokens.ts';

export interface AuthHandlerDeps {
  /** postgres.js client with default options (no column-name transform). */
  sql: postgres.Sql;
  jwtSecret: string;
  /** The `iss` claim, e.g. http://127.0.0.1:54321/auth/v1. */
  issuer: string;
  /** Access-token lifetime; default 3600. */
  accessTokenTtlSeconds?: number;
  /** Where unexpected (500) failures are reported; default console.error. Never gets bodies. */
  log?: (line: string) => void;
}

export type AuthHandler = (req: Request) => Promise<Response>;

type Route = (ctx: routes.RouteContext, req: Request, url: URL) => Response | Promise<Response>;

const ROUTES: Record<string, Partial<Record<string, Route>>> = {
  '/signup': { POST: routes.signup },
  '/token': { POST: routes.token },
  '/user': { GET: routes.getUser },
  '/logout': { POST: routes.logoutRoute },
  '/health': { GET: routes.health },
  '/settings': { GET: routes.settings },
  '/.well-known/jwks.json': { GET: routes.jwks },
};

/** The path after `/auth/v1` (also accepts an already-stripped path), without a trailing slash. */
function routePath(url: URL): string {
  let path = url.pathname;
  if (path === '/auth/v1' || path.startsWith('/auth/v1/')) path = path.slice('/auth/v1'.length);
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path || '/';
}

/**
 * A GoTrue-compatible local auth server (email + password, refresh-token rotation) as a
 * web-standard handler, for mounting at `/auth/v1` behind the local API gateway.
 */
export function createAuthHandler(deps: AuthHandlerDeps): AuthHandler {
  const ttlSeconds = deps.accessTokenTtlSeconds ?? 3600;
  const ctx: routes.RouteContext = {
    sql: deps.sql,
    ttlSeconds,
    signer: createTokenSigner({ jwtSecret: deps.jwtSecret, issuer: deps.issuer, ttlSeconds }),
  };
  const log = deps.log ?? ((line: string) => console.error(line));

  return async (req) => {
    const apiVersion = requestedApiVersion(req);
    try {
      const url = new URL(req.url);
      const path = routePath(url);
      const route = ROUTES[path]?.[req.method.toUpperCase()];
      if (!route) throw notFound('not_found', 'Path not found');
      return await route(ctx, req, url);
    } catch (err) {
      if (err instanceof AuthError) return errorResponse(err, apiVersion);
      // Only the message and SQLSTATE: postgres.js errors can carry query parameters (passwords).
      const e = err as { message?: string; code?: string };
      log(`auth: ${req.method} ${safePath(req.url)} failed: ${e.code ? `[${e.code}] ` : ''}${e.message ?? String(err)}`);
      return errorResponse(unexpectedFailure(), apiVersion);
    }
  };
}

function safePath(raw: string): string {
  try {
    return new URL(raw).pathname;
  } catch {
    return '?';
  }
}
