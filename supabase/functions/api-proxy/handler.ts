import { makeProxyCallerIdentifier } from '../_shared/api-keys/caller.ts';
import { connect } from '../_shared/db.ts';
import { refreshAccessToken, type RefreshResult } from '../_shared/oauth/refresh-token.ts';
import { makeDenoResolver } from '../_shared/outbound/deno-resolver.ts';
import { PgTokenCache } from '../_shared/outbound/pg-token-cache.ts';
import { LayeredTokenCache } from '../_shared/outbound/token-cache.ts';
import { admitCalls } from '../_shared/proxy/admit.ts';
import { AdmissionBatcher } from '../_shared/proxy/admission-batcher.ts';
import { AdmissionLeases } from '../_shared/proxy/admission-leases.ts';
import { hearAdmissionChanges, listenUrl } from '../_shared/proxy/admission-changes.ts';
import { releasePermits } from '../_shared/proxy/release-permits.ts';
import { loadConnectionContext, type ConnectionContext } from '../_shared/proxy/connection-context.ts';
import { ContextCache } from '../_shared/proxy/context-cache.ts';
import { freshContext } from '../_shared/proxy/fresh-context.ts';
import { singleFlight } from '../_shared/single-flight.ts';
import { callLogQueue } from '../_shared/proxy/call-log-queue.ts';
import { ProviderCooldown } from '../_shared/proxy/provider-cooldown.ts';
import { loadCredentialKeys } from '../_shared/vault/keys.ts';
import { makeApiProxyHandler } from './proxy-handler.ts';
import { unrefTimer } from '../_shared/unref-timer.ts';

/** The contract's timeout for one proxied call, retries and waits included. */
const TIMEOUT_MS = 30_000;
const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** How long a call waits for a lagging call log before it is refused (503). */
const LOG_ROOM_WAIT_MS = 10_000;

export function createHandler(env: Record<string, string | undefined>) {
  const sql = connect(env.SUPABASE_DB_URL, Number(env.PROXY_DB_POOL ?? 20));
  const keys = loadCredentialKeys(env);
  const admissions = new AdmissionBatcher((connectionId, requests) => admitCalls(sql, connectionId, requests));
  // Leased permits spare most calls their database round trip (admission-leases.ts); they
  // are used only while admission changes are heard, so a revoked key still fails at once.
  const leases = env.PROXY_ADMISSION === 'exact' ? null
    : new AdmissionLeases((connectionId, request, count) => admissions.admitAll(connectionId, Array(count).fill(request)), {
      ttlMs: 1000, maxLease: 64, now: Date.now,
      release: (connectionId, template, count) => void releasePermits(sql, connectionId, template, count)
        .catch((err) => console.error('api-proxy: unspent permits could not be given back', err)),
    });
  const contexts = new ContextCache<ConnectionContext>({ ttlMs: 60_000, maxEntries: 10_000, now: Date.now, keepNewer: () => leases?.live === true });
  const url = leases && listenUrl(env);
  if (leases && url) {
    const hearing = hearAdmissionChanges({
      url, log: (message) => console.warn(message),
      listener: {
        // An announced change also drops the connection's cached secrets and settings.
        changed: (change) => {
          leases.changed(change);
          if (change === 'everything') contexts.forget();
          else if ('connectionId' in change) contexts.forget(change.connectionId);
        },
        setLive: (live) => {
          if (!live) contexts.forget();
          leases.setLive(live);
        },
        get live() {
          return leases.live;
        },
      },
    });
    const sweeper = setInterval(() => leases.sweep(), 1000);
    unrefTimer(sweeper);
    // A worker being shut down gives back the permits it holds and stops listening.
    globalThis.addEventListener('beforeunload', () => void hearing.close());
  }
  const allowPrivate = env.HUB_ALLOW_PRIVATE_UPSTREAMS === 'true';
  const resolveHost = makeDenoResolver();
  const oauth = { sql, keys, fetch: globalThis.fetch, now: Date.now, allowPrivate, resolve: resolveHost, timeoutMs: 10_000 };
  // Many callers of one connection whose token just expired share one refresh and one reload.
  const [refreshOnce, reloadOnce] = [singleFlight<RefreshResult>(), singleFlight<ConnectionContext>()];
  const logs = callLogQueue(sql, 'api-proxy');

  return makeApiProxyHandler({
    identify: makeProxyCallerIdentifier({
      jwtSecret: env.SUPABASE_JWT_SECRET,
      jwksUrl: env.SUPABASE_URL ? `${env.SUPABASE_URL}/auth/v1/.well-known/jwks.json` : undefined,
    }),
    admit: (connectionId, caller, minRole, cost) =>
      (leases ?? admissions).admit(connectionId, { caller, minRole, cost }),
    context: (connectionId, version, who) => {
      const load = () => loadConnectionContext(sql, keys, connectionId, { actorType: who.caller.kind, actorId: who.callerId, ip: who.ip });
      return freshContext({
        cached: () => contexts.get(connectionId, version, load),
        reload: () => reloadOnce(connectionId, load),
        refresh: (marginMs) => refreshOnce(connectionId, () =>
          refreshAccessToken(oauth, connectionId, { marginMs, actor: who.caller.kind === 'user' ? 'user' : 'service' })),
        now: Date.now,
      });
    },
    outbound: {
      // Client-credentials tokens: from memory when hot, shared encrypted in Postgres across instances.
      tokenCache: new LayeredTokenCache(new PgTokenCache(sql, keys), Date.now),
      fetch: globalThis.fetch,
      now: () => Date.now(),
      allowPrivate,
      resolve: resolveHost,
    },
    log: (entry) => logs.push(entry),
    logRoom: () => logs.room(LOG_ROOM_WAIT_MS),
    cooldown: new ProviderCooldown({ now: () => Date.now(), maxMs: 60_000 }),
    timeoutMs: TIMEOUT_MS,
    maxBodyBytes: MAX_BODY_BYTES,
  });
}
