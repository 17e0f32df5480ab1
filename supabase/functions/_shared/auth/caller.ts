import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { timingSafeEqualText } from '../webhooks/constant-time.ts';

/** Who is calling a function, established from verified material only. */
export type Caller =
  | { kind: 'scheduler' }
  | { kind: 'service' }
  | { kind: 'user'; userId: string; claims: JWTPayload };

export interface CallerConfig {
  /** HS256 secret (local stack, and hosted projects on the legacy JWT secret). */
  jwtSecret?: string;
  /** Hosted projects with asymmetric signing keys publish them here. */
  jwksUrl?: string;
  schedulerSecret?: string;
}

/**
 * Identifies the caller of a privileged function: the scheduler by its shared secret
 * (x-scheduler-secret), the service role or a signed-in user by a verified JWT. Returns
 * null when nothing verifies; the anon key is not a caller here.
 */
export function makeCallerIdentifier(config: CallerConfig) {
  const secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : undefined;
  const jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;

  async function verify(token: string): Promise<JWTPayload | null> {
    try {
      if (secret) return (await jwtVerify(token, secret, { algorithms: ['HS256'] })).payload;
    } catch {
      if (!jwks) return null;
    }
    if (!jwks) return null;
    try {
      return (await jwtVerify(token, jwks)).payload;
    } catch {
      return null;
    }
  }

  return async function identify(req: Request): Promise<Caller | null> {
    const schedulerHeader = req.headers.get('x-scheduler-secret');
    if (schedulerHeader && config.schedulerSecret && (await timingSafeEqualText(schedulerHeader, config.schedulerSecret))) {
      return { kind: 'scheduler' };
    }
    const auth = req.headers.get('authorization') ?? '';
    if (!/^bearer /i.test(auth)) return null;
    const claims = await verify(auth.slice(7).trim());
    if (!claims) return null;
    if (claims.role === 'service_role') return { kind: 'service' };
    if (claims.role === 'authenticated' && typeof claims.sub === 'string') return { kind: 'user', userId: claims.sub, claims };
    return null;
  };
}
