import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { forbidden } from './errors.ts';
import type { UserRow } from './users.ts';

export const AUDIENCE = 'authenticated';

/** GoTrue's access-token claims (AccessTokenClaims in supabase/auth). */
export interface AccessTokenClaims {
  iss: string;
  sub: string;
  aud: string;
  exp: number;
  iat: number;
  email: string;
  phone: string;
  app_metadata: Record<string, unknown>;
  user_metadata: Record<string, unknown>;
  role: string;
  aal: string;
  amr: { method: string; timestamp: number }[];
  session_id: string;
  is_anonymous: boolean;
}

export interface TokenSigner {
  /** Signs an HS256 access token for the user and session; returns it with its exp. */
  sign(user: UserRow, session: { id: string; createdAt: Date }): Promise<{ token: string; exp: number }>;
  /** Verifies signature and expiry; 403 bad_jwt otherwise. Returns the claims. */
  verify(token: string): Promise<Partial<AccessTokenClaims>>;
}

export function createTokenSigner(opts: { jwtSecret: string; issuer: string; ttlSeconds: number }): TokenSigner {
  if (!opts.jwtSecret) throw new Error('createAuthHandler: jwtSecret is required');
  if (!Number.isInteger(opts.ttlSeconds) || opts.ttlSeconds <= 0) {
    throw new Error('createAuthHandler: accessTokenTtlSeconds must be a positive integer');
  }
  const key = new TextEncoder().encode(opts.jwtSecret);

  return {
    async sign(user, session) {
      const iat = Math.floor(Date.now() / 1000);
      const exp = iat + opts.ttlSeconds;
      const claims = {
        email: user.email ?? '',
        phone: user.phone ?? '',
        app_metadata: user.raw_app_meta_data ?? {},
        user_metadata: user.raw_user_meta_data ?? {},
        role: user.role || AUDIENCE,
        aal: 'aal1',
        amr: [{ method: 'password', timestamp: Math.floor(session.createdAt.getTime() / 1000) }],
        session_id: session.id,
        is_anonymous: user.is_anonymous,
      };
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(opts.issuer)
        .setSubject(user.id)
        .setAudience(user.aud || AUDIENCE)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .sign(key);
      return { token, exp };
    },

    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
        return payload as Partial<AccessTokenClaims>;
      } catch (err) {
        const reason =
          err instanceof joseErrors.JWTExpired ? 'token has invalid claims: token is expired' : 'unable to parse or verify signature';
        throw forbidden('bad_jwt', `invalid JWT: ${reason}`);
      }
    },
  };
}

/** A fresh opaque refresh token: 16 random bytes, base64url (22 chars). */
export function newRefreshToken(): string {
  return randomBytes(16).toString('base64url');
}
