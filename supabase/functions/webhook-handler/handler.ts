// webhook-handler: providers' webhooks in (POST, verified and stored before the 2xx),
// their subscription handshakes (GET), and the worker that processes stored events.
import { makeCallerIdentifier } from '../_shared/auth/caller.ts';
import { errorResponse } from '../_shared/http/errors.ts';
import { MAX_WEBHOOK_BYTES } from '../_shared/webhook-processing/raw-body.ts';
import { TtlCache } from '../_shared/webhook-processing/ttl-cache.ts';
import { loadCredentialKeys } from '../_shared/vault/keys.ts';
import { connectWebhookDatabase } from './database.ts';
import { type EndpointConfig, loadEndpointConfig } from './endpoint-config.ts';
import { makeHandshake } from './handshake.ts';
import { makeIngest } from './ingest.ts';
import { makeIntake } from './intake.ts';
import { processEvent } from './process-event.ts';
import { makeWorker } from './worker.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The path after the function name: hosted and local runtimes both pass /webhook-handler/<rest>. */
function routeOf(url: URL): string | null {
  const parts = url.pathname.split('/').filter(Boolean);
  const at = parts.indexOf('webhook-handler');
  const rest = at >= 0 ? parts.slice(at + 1) : parts;
  return rest.length === 1 ? rest[0]! : null;
}

export function createHandler(env: Record<string, string | undefined>) {
  const db = connectWebhookDatabase(env.SUPABASE_DB_URL, Number(env.WEBHOOK_DB_POOL ?? 16), env.WEBHOOK_DB_PREPARE);
  const keys = loadCredentialKeys(env);
  // A provider waiting on a dead database gets its 503 (and retries) within seconds.
  const dbTimeoutMs = Number(env.WEBHOOK_DB_TIMEOUT_MS ?? 5_000);
  // Short enough that disabling an endpoint or replacing its secret takes effect within
  // seconds; long enough that the hot path is one INSERT, not a decrypt per delivery.
  const cache = new TtlCache<EndpointConfig | null>({
    ttlMs: Number(env.WEBHOOK_ENDPOINT_CACHE_MS ?? 5_000),
    negativeTtlMs: 5_000,
    isNegative: (value) => value === null,
  });
  const endpoint = (id: string, maxAgeMs?: number) => cache.get(id, () => loadEndpointConfig(db.sql(), keys, id), maxAgeMs);

  const intake = makeIntake({
    db,
    endpoint,
    forget: (id) => cache.delete(id),
    ingest: makeIngest(db, { maxBatch: 64, maxInFlight: Number(env.WEBHOOK_INGEST_CONCURRENCY ?? 2) }),
    now: () => Date.now(),
    maxBytes: MAX_WEBHOOK_BYTES,
    publicBaseUrl: env.WEBHOOK_PUBLIC_BASE_URL || undefined,
    dbTimeoutMs,
  });
  const handshake = makeHandshake({ db, endpoint, dbTimeoutMs });
  const worker = makeWorker({
    db,
    identify: makeCallerIdentifier({
      jwtSecret: env.SUPABASE_JWT_SECRET,
      jwksUrl: env.SUPABASE_URL ? `${env.SUPABASE_URL}/auth/v1/.well-known/jwks.json` : undefined,
      schedulerSecret: env.SCHEDULER_SECRET,
    }),
    process: (event, provider) => processEvent({ db, now: () => Date.now(), random: Math.random }, event, provider),
    batchSize: Number(env.WEBHOOK_WORKER_BATCH ?? 100),
    concurrency: Number(env.WEBHOOK_WORKER_CONCURRENCY ?? 8),
    budgetMs: Number(env.WEBHOOK_WORKER_BUDGET_MS ?? 25_000),
    maxBatches: 100,
  });

  return (req: Request): Promise<Response> => {
    const route = routeOf(new URL(req.url));
    if (route === '_worker') return worker(req);
    if (route === null || !UUID.test(route)) return Promise.resolve(errorResponse('not_found', 'No such webhook endpoint.'));
    if (req.method === 'POST') return intake(req, route.toLowerCase());
    if (req.method === 'GET' || req.method === 'HEAD') return handshake(req, route.toLowerCase());
    return Promise.resolve(errorResponse('method_not_allowed', 'Use POST (deliveries) or GET (handshakes).', { allow: 'GET, HEAD, POST' }));
  };
}
