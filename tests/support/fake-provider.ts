import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  /** Path and query exactly as sent. */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FakeProviderOptions {
  /** Paths answered as OAuth token endpoints with access tokens tok-1, tok-2, … */
  tokenPaths?: string[];
  expiresIn?: number;
  /** Delay before a token answer, so concurrent callers overlap. */
  tokenDelayMs?: number;
  tokenStatus?: number;
  /** Custom answers for other paths (status, headers); default 200 {"ok":true}. */
  routes?: Record<string, { status: number; headers?: Record<string, string>; hang?: boolean; delayMs?: number }>;
}

/** A real HTTP server on 127.0.0.1 that records every request, standing in for a provider. */
export async function startFakeProvider(opts: FakeProviderOptions = {}) {
  const received: Received[] = [];
  let issued = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ method: req.method ?? '', path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const pathname = path.split('?')[0] ?? path;
      if (opts.tokenPaths?.includes(pathname)) {
        const answer = () => {
          if ((opts.tokenStatus ?? 200) !== 200) {
            res.writeHead(opts.tokenStatus ?? 401, { 'content-type': 'application/json' }).end('{"error":"invalid_client"}');
            return;
          }
          issued++;
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ access_token: `tok-${issued}`, token_type: 'Bearer', expires_in: opts.expiresIn ?? 3600 }));
        };
        setTimeout(answer, opts.tokenDelayMs ?? 0);
        return;
      }
      const route = opts.routes?.[pathname];
      if (route?.hang) return; // never answers: for timeouts
      setTimeout(() => {
        res.writeHead(route?.status ?? 200, { 'content-type': 'application/json', ...route?.headers });
        res.end('{"ok":true}');
      }, route?.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    tokenRequests: () => received.filter((r) => opts.tokenPaths?.includes(r.path.split('?')[0] ?? '')),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeProvider = Awaited<ReturnType<typeof startFakeProvider>>;
