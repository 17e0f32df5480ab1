/**
 * The local stack's API front door on the API port, standing where Supabase's Kong stands:
 * /functions/v1/<name>/… is served in this process (verify_jwt checked first, the caller's
 * address set, CORS added), and every other path (/auth/v1, /health) is passed to the
 * stack's Node auth gateway. Calling the function in-process rather than through another
 * HTTP hop keeps the gateway's cost per call to a few microseconds.
 */
import { jwtVerify } from 'jose';
import { RememberedTokens } from '../_shared/auth/remembered-tokens.ts';

type Handler = (req: Request) => Response | Promise<Response>;

export interface FrontDoorConfig {
  handlers: Map<string, Handler>;
  /** Functions whose config.toml says verify_jwt = true. */
  verifyJwt: Set<string>;
  jwtSecret: string;
  /** The Node auth gateway, e.g. http://127.0.0.1:41234. */
  authUpstream: string;
}

const CORS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, x-client-info, apikey, content-type, x-supabase-api-version, x-scheduler-secret, idempotency-key',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
};
const PREFIX = '/functions/v1/';

const json = (status: number, body: unknown) => Response.json(body, { status, headers: CORS });

/** HS256 check with verified tokens remembered until their expiry (a minute at most). */
function makeJwtCheck(secret: string): (token: string) => Promise<boolean> {
  const key = new TextEncoder().encode(secret);
  const verified = new RememberedTokens<true>();
  return async (token) => {
    if (verified.get(token)) return true;
    try {
      const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
      verified.set(token, true, typeof payload.exp === 'number' ? payload.exp * 1000 : undefined);
      return true;
    } catch {
      return false;
    }
  };
}

/** Request bodies up to this size are read whole and handed on as bytes (Deno's fast path). */
const SMALL_BODY_BYTES = 1024 * 1024;

/** The function's answer with CORS headers under its own (the function's win). */
function withCors(res: Response): Response {
  try {
    // A Response the function built has mutable headers: set in place, keeping Deno's fast
    // path for a string or byte body.
    for (const [name, value] of Object.entries(CORS)) if (!res.headers.has(name)) res.headers.set(name, value);
    return res;
  } catch {
    // A fetched Response passed on as it is has immutable headers: copy it.
  }
  const headers = new Headers(CORS);
  res.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers.set(name, value);
  });
  for (const cookie of res.headers.getSetCookie()) headers.append('set-cookie', cookie);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

export function makeFrontDoor(config: FrontDoorConfig) {
  const validJwt = makeJwtCheck(config.jwtSecret);

  async function callFunction(req: Request, url: URL, caller: string): Promise<Response> {
    const rest = url.pathname.slice(PREFIX.length);
    const name = rest.split('/')[0] ?? '';
    const handler = config.handlers.get(name);
    if (!handler) return json(404, { error: { code: 'not_found', message: `No function named "${name}".` } });
    if (config.verifyJwt.has(name)) {
      const auth = req.headers.get('authorization') ?? '';
      const token = /^bearer /i.test(auth) ? auth.slice(7).trim() : '';
      if (!token) return json(401, { code: 401, message: 'Missing authorization header' });
      if (!(await validJwt(token))) return json(401, { code: 401, message: 'Invalid JWT' });
    }
    const headers = new Headers(req.headers);
    // Overwritten, never appended: a caller must not choose the address that logs and the
    // credential audit record.
    headers.set('x-forwarded-for', caller);
    headers.delete('cf-connecting-ip'); // only Cloudflare, in front of hosted Supabase, sets it
    headers.set('x-forwarded-host', req.headers.get('host') ?? url.host);
    headers.set('x-forwarded-proto', 'http');
    // As hosted: the function sees /<name>/… on the same host.
    const length = Number(req.headers.get('content-length') ?? NaN);
    const body = req.body && length <= SMALL_BODY_BYTES ? await req.arrayBuffer() : req.body;
    const inner = new Request(new URL(`/${rest}${url.search}`, url), {
      method: req.method, headers, body, signal: req.signal, redirect: 'manual',
    });
    try {
      return withCors(await handler(inner));
    } catch (err) {
      console.error(`function ${name} failed:`, (err as Error).name);
      return json(500, { error: { code: 'internal', message: 'The function failed.' } });
    }
  }

  /** Anything else goes to the Node auth gateway as it came, the caller's address added. */
  async function passToAuthGateway(req: Request, url: URL, caller: string): Promise<Response> {
    const headers = new Headers(req.headers);
    headers.set('x-forwarded-for', caller);
    headers.set('x-forwarded-host', req.headers.get('host') ?? url.host);
    try {
      const res = await fetch(`${config.authUpstream}${url.pathname}${url.search}`, {
        method: req.method, headers, body: req.body, redirect: 'manual', signal: req.signal,
      });
      return new Response(res.body, { status: res.status, statusText: res.statusText, headers: res.headers });
    } catch {
      return json(502, { error: { code: 'unavailable', message: 'The auth gateway is not answering.' } });
    }
  }

  return (req: Request, info: Deno.ServeHandlerInfo): Promise<Response> | Response => {
    if (req.method === 'OPTIONS') return new Response(null, { status: 204, headers: CORS });
    const url = new URL(req.url);
    const caller = (info.remoteAddr as Deno.NetAddr).hostname;
    return url.pathname.startsWith(PREFIX) ? callFunction(req, url, caller) : passToAuthGateway(req, url, caller);
  };
}
