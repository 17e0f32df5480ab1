import { makeCallerIdentifier, type Caller, type CallerConfig } from '../auth/caller.ts';
import { RememberedTokens } from '../auth/remembered-tokens.ts';
import { bearerToken, hashApiKey, looksLikeApiKey } from './api-key.ts';

/** A caller of the data plane: the service role, a signed-in user, or an organization API key. */
export type ProxyCaller = Exclude<Caller, { kind: 'scheduler' }> | { kind: 'api_key'; keyHash: string };


/**
 * Identifies data-plane callers. An API key is only hashed here: whether it is live, whose
 * it is and what it may reach is decided in the database on every call (admit_calls), so a
 * revoked key fails at once. The scheduler secret is not a way in.
 * Results are remembered per token (a hash, or a JWT's signature check): each costs a trip
 * to the crypto thread, which on an idle machine costs more than the check itself.
 */
export function makeProxyCallerIdentifier(config: Omit<CallerConfig, 'schedulerSecret'>, now: () => number = Date.now) {
  const identify = makeCallerIdentifier({ jwtSecret: config.jwtSecret, jwksUrl: config.jwksUrl });
  const remembered = new RememberedTokens<ProxyCaller>(now);

  return async function identifyProxyCaller(req: Request): Promise<ProxyCaller | null> {
    const token = bearerToken(req);
    if (!token) return null;
    const hit = remembered.get(token);
    if (hit) return hit;
    if (looksLikeApiKey(token)) {
      const caller: ProxyCaller = { kind: 'api_key', keyHash: await hashApiKey(token) };
      remembered.set(token, caller);
      return caller;
    }
    const caller = dataPlaneCaller(await identify(req));
    if (!caller) return null;
    remembered.set(token, caller, caller.kind === 'user' ? Number(caller.claims.exp) * 1000 : undefined);
    return caller;
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The callers the data plane accepts from makeCallerIdentifier: not the scheduler, and a
 * user only with a UUID subject (the database compares it with organization_members).
 */
export function dataPlaneCaller(caller: Caller | null): ProxyCaller | null {
  if (!caller || caller.kind === 'scheduler') return null;
  return caller.kind === 'user' && !UUID.test(caller.userId) ? null : caller;
}
