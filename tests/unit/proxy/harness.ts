import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProxyCaller } from '../../../supabase/functions/_shared/api-keys/caller.ts';
import type { Admission } from '../../../supabase/functions/_shared/proxy/admit.ts';
import type { ConnectionContext } from '../../../supabase/functions/_shared/proxy/connection-context.ts';
import type { LogEntry } from '../../../supabase/functions/_shared/proxy/log-entry.ts';
import { ProviderCooldown } from '../../../supabase/functions/_shared/proxy/provider-cooldown.ts';
import { MemoryTokenCache } from '../../../supabase/functions/_shared/outbound/token-cache.ts';
import type { ProviderSlug } from '../../../supabase/functions/_shared/providers/provider.schema.ts';
import { makeApiProxyHandler, type ApiProxyDeps } from '../../../supabase/functions/api-proxy/proxy-handler.ts';
import { SECRETS } from '../../support/provider-secrets.ts';
import { provider } from '../outbound/catalogue.ts';

export const CONNECTION_ID = '11111111-2222-4333-8444-555555555555';

/** A connection context as loadConnectionContext would build it, from the real catalogue. */
export function contextFor(slug: ProviderSlug, baseUrlOverride: string | null, environment: 'sandbox' | 'production' = 'production'): ConnectionContext {
  const p = provider(slug);
  const secretFields = new Set(p.credential_fields.filter((f) => f.secret).map((f) => f.name));
  const secrets = SECRETS[slug];
  return {
    id: CONNECTION_ID,
    organizationId: 'org-1',
    provider: p,
    connection: { environment, base_url_override: baseUrlOverride, settings: {} },
    secrets,
    secretValues: Object.entries(secrets).filter(([f]) => secretFields.has(f)).map(([, v]) => v),
    idempotencyHeader: slug === 'stripe' ? 'Idempotency-Key' : slug === 'paypal' ? 'PayPal-Request-Id' : null,
  };
}

/** The proxy handler with the database parts replaced: every call admitted as the service role. */
export function proxyWith(ctx: ConnectionContext, overrides: Partial<ApiProxyDeps> = {}) {
  const logs: LogEntry[] = [];
  const sleeps: number[] = [];
  const admission: Admission = { outcome: 'ok', organization_id: 'org-1', caller_id: null, version: 'v1', limits: [] };
  const deps: ApiProxyDeps = {
    identify: async (): Promise<ProxyCaller> => ({ kind: 'service' }),
    admit: async () => admission,
    context: async () => ctx,
    outbound: { tokenCache: new MemoryTokenCache(), fetch, now: () => Date.now(), allowPrivate: true },
    log: (entry) => logs.push(entry()),
    cooldown: new ProviderCooldown({ now: () => Date.now(), maxMs: 60_000 }),
    timeoutMs: 30_000,
    maxBodyBytes: 1024 * 1024,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  };
  const handler = makeApiProxyHandler(deps);
  const call = (path: string, init: RequestInit = {}) => handler(new Request(`http://functions.local/api-proxy/${CONNECTION_ID}${path}`, init));
  return { call, logs, sleeps, deps };
}

export interface Scripted {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** A provider that answers from a script, one entry per request (the last one repeats). */
export async function startScriptedProvider(script: Scripted[], tokenPath?: string) {
  const seen: Array<{ method: string; path: string; headers: Record<string, string | string[] | undefined>; body: string }> = [];
  let next = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (tokenPath && req.url === tokenPath) {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"access_token":"tok-scripted","expires_in":3600}');
        return;
      }
      seen.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = script[Math.min(next++, script.length - 1)]!;
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(answer.body ?? '{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
