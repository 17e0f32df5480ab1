import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { jwtVerify } from 'jose';
import type { FunctionInfo } from './function-config.ts';

export interface GatewayDeps {
  /** Keeps connections to the Deno process open: a TCP handshake per call would dominate the cost. */
  agent?: http.Agent;
  port: number;
  functionsPort: number;
  jwtSecret: string;
  apiKeys: string[];
  functions: FunctionInfo[];
  auth: (req: Request) => Promise<Response>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, x-client-info, apikey, content-type, x-supabase-api-version, x-scheduler-secret, idempotency-key',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', ...CORS });
  res.end(JSON.stringify(body));
}

function bearer(req: IncomingMessage): string | undefined {
  const value = req.headers.authorization;
  return value?.toLowerCase().startsWith('bearer ') ? value.slice(7).trim() : undefined;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Kong's key-auth in front of /auth/v1: the anon or service key must come along. */
async function handleAuth(deps: GatewayDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const apikey = (req.headers.apikey as string | undefined) ?? bearer(req);
  if (!apikey) return sendJson(res, 401, { message: 'No API key found in request' });
  if (!deps.apiKeys.includes(apikey) && !(await isValidJwt(deps.jwtSecret, apikey))) {
    return sendJson(res, 401, { message: 'Invalid API key' });
  }
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  const response = await deps.auth(
    new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url}`, { method: req.method, headers, body: body ? new Uint8Array(body) : undefined }),
  );
  const out: Record<string, string> = { ...CORS };
  response.headers.forEach((v, k) => (out[k] = v));
  res.writeHead(response.status, out);
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function isValidJwt(secret: string, token: string): Promise<boolean> {
  try {
    await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ['HS256'] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Forwards /functions/v1/<name>/… to the Deno process as /<name>/…, streaming the raw
 * body untouched (webhook signatures are computed over those exact bytes). Enforces the
 * function's verify_jwt like Supabase's gateway does.
 */
async function handleFunction(deps: GatewayDeps, req: IncomingMessage, res: ServerResponse, rest: string): Promise<void> {
  const name = rest.split(/[/?]/)[0] ?? '';
  const fn = deps.functions.find((f) => f.name === name);
  if (!fn) return sendJson(res, 404, { error: { code: 'not_found', message: `No function named "${name}".` } });
  if (fn.verifyJwt) {
    const token = bearer(req);
    if (!token) return sendJson(res, 401, { code: 401, message: 'Missing authorization header' });
    if (!(await isValidJwt(deps.jwtSecret, token))) return sendJson(res, 401, { code: 401, message: 'Invalid JWT' });
  }
  const headers = { ...req.headers };
  // Overwritten, never appended: a caller must not be able to choose the address that
  // logs and the credential audit record.
  headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
  headers['x-forwarded-host'] = req.headers.host ?? '';
  headers['x-forwarded-proto'] = 'http';
  const upstream = http.request(
    { host: '127.0.0.1', port: deps.functionsPort, method: req.method, path: `/${rest}`, headers, agent: deps.agent },
    (up) => {
      res.writeHead(up.statusCode ?? 502, { ...CORS, ...up.headers });
      up.pipe(res);
      // A function may answer before reading the whole body (413, 404). That connection
      // must never go back to the pool half-written; the client's rest is drained instead.
      up.on('end', () => {
        if (!upstream.writableFinished) {
          req.unpipe(upstream);
          upstream.destroy();
          req.resume();
        }
      });
    },
  );
  // The caller went away: stop the function's work on its behalf.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  upstream.on('error', () => {
    if (!res.headersSent) sendJson(res, 502, { error: { code: 'unavailable', message: 'The functions runtime is not answering.' } });
    else res.destroy();
  });
  req.pipe(upstream);
}

/** The Supabase-shaped API gateway of the local stack: /auth/v1 and /functions/v1. */
export function startGateway(input: GatewayDeps): Promise<http.Server> {
  const agent = input.agent ?? new http.Agent({ keepAlive: true, maxSockets: 512 });
  const deps = { ...input, agent };
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS);
      return res.end();
    }
    const route = url.startsWith('/auth/v1/')
      ? handleAuth(deps, req, res)
      : url.startsWith('/functions/v1/')
        ? handleFunction(deps, req, res, url.slice('/functions/v1/'.length))
        : url === '/health'
          ? Promise.resolve(sendJson(res, 200, { status: 'ok' }))
          : Promise.resolve(sendJson(res, 404, { error: { code: 'not_found', message: 'Unknown route.' } }));
    route.catch((err: unknown) => {
      console.error('gateway:', err);
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'internal', message: 'Gateway error.' } });
    });
  });
  server.keepAliveTimeout = 65_000;
  // Closing the gateway also closes its pooled connections to Deno, so Deno can stop promptly.
  server.on('close', () => agent.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(deps.port, '127.0.0.1', () => resolve(server));
  });
}
