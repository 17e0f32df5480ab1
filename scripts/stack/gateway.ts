import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { jwtVerify } from 'jose';

export interface GatewayDeps {
  /** 0 picks a free port; the Deno front door on the API port passes /auth/v1 here. */
  port: number;
  jwtSecret: string;
  apiKeys: string[];
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
 * The Supabase-shaped auth gateway of the local stack (GoTrue behind Kong's key check):
 * /auth/v1 and /health, on a loopback port of its own. The Deno front door on the API port
 * serves /functions/v1 itself and passes everything else here.
 */
export function startGateway(deps: GatewayDeps): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS);
      return res.end();
    }
    const route = url.startsWith('/auth/v1/')
      ? handleAuth(deps, req, res)
      : url === '/health'
        ? Promise.resolve(sendJson(res, 200, { status: 'ok' }))
        : Promise.resolve(sendJson(res, 404, { error: { code: 'not_found', message: 'Unknown route.' } }));
    route.catch((err: unknown) => {
      console.error('gateway:', err);
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'internal', message: 'Gateway error.' } });
    });
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(deps.port, '127.0.0.1', () => resolve(server));
  });
}
