import { makeCallerIdentifier, type Caller } from '../_shared/auth/caller.ts';
import { connect, type Sql } from '../_shared/db.ts';
import { errorResponse, HttpError } from '../_shared/http/errors.ts';
import { readJson } from '../_shared/http/read-json.ts';
import { loadCredentialKeys, type CredentialKeys } from '../_shared/vault/keys.ts';
import { callerAddress } from '../_shared/http/forwarded-ip.ts';
import { errorAsResponse } from './errors.ts';
import { handleCreate } from './route-create.ts';
import { handleReplace } from './route-replace.ts';
import type { OutboundSettings, RouteContext } from './route-context.ts';
import { handleTest } from './route-test.ts';
import { makeDenoResolver } from '../_shared/outbound/deno-resolver.ts';

export interface ConnectionTestDeps {
  sql: Sql;
  identify: (req: Request) => Promise<Caller | null>;
  keys: () => CredentialKeys;
  outbound: OutboundSettings;
  /** HUB_FORWARDED_IP_SECRET: lets the dashboard name its user's browser address for the audit. */
  forwardedIpSecret?: string;
}

type Route = (ctx: RouteContext, body: unknown) => Promise<Response>;

// The path after the function's name: /connection-test[/connections|/credentials].
const ROUTES: Record<string, Route> = {
  '': handleTest,
  connections: handleCreate,
  credentials: handleReplace,
};

const MAX_BODY_BYTES = 256 * 1024;

/**
 * The setup wizard's and the connection page's data-plane half: test unsaved credentials,
 * create a connection with its secrets, replace secrets. Signed-in admins only; everything
 * runs under the caller's RLS identity, and only this function holds the vault key.
 */
export function makeConnectionTestHandler(deps: ConnectionTestDeps) {
  return async (req: Request): Promise<Response> => {
    try {
      if (req.method !== 'POST') return errorResponse('method_not_allowed', 'Use POST.', { allow: 'POST' });
      const sub = new URL(req.url).pathname.split('/').filter(Boolean).slice(1).join('/');
      const route = ROUTES[sub];
      if (!route) throw new HttpError('not_found', 'No such route of connection-test.');
      const caller = await deps.identify(req);
      if (caller?.kind !== 'user') throw new HttpError('unauthorized', 'Sign in as an admin of the organization.');
      const body = await readJson(req, MAX_BODY_BYTES);
      const ip = await callerAddress(req.headers, deps.forwardedIpSecret);
      return await route({ sql: deps.sql, claims: caller.claims, ip, keys: deps.keys, outbound: deps.outbound }, body);
    } catch (err) {
      return errorAsResponse(err);
    }
  };
}

function lazyKeys(env: Record<string, string | undefined>): () => CredentialKeys {
  let keys: CredentialKeys | undefined;
  return () => {
    try {
      keys ??= loadCredentialKeys(env);
    } catch {
      throw new HttpError('unavailable', 'The credential vault is not configured for this function.');
    }
    return keys;
  };
}

export function createHandler(env: Record<string, string | undefined>) {
  return makeConnectionTestHandler({
    sql: connect(env.SUPABASE_DB_URL, Number(env.CONNECTION_TEST_DB_POOL ?? 5)),
    identify: makeCallerIdentifier({
      jwtSecret: env.SUPABASE_JWT_SECRET,
      jwksUrl: env.SUPABASE_URL ? `${env.SUPABASE_URL}/auth/v1/.well-known/jwks.json` : undefined,
    }),
    keys: lazyKeys(env),
    forwardedIpSecret: env.HUB_FORWARDED_IP_SECRET,
    outbound: {
      fetch: globalThis.fetch,
      now: () => Date.now(),
      resolve: makeDenoResolver(),
      allowPrivate: env.HUB_ALLOW_PRIVATE_UPSTREAMS === 'true',
      timeoutMs: Number(env.CONNECTION_TEST_TIMEOUT_MS ?? 10_000),
    },
  });
}
