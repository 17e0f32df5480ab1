import type postgres from 'postgres';
import { badRequest, forbidden, invalidCredentials, unprocessable } from './errors.ts';
import { bearerToken, jsonResponse, readJsonObject } from './http.ts';
import { createSession, logout, rotateRefreshToken, sessionExists, type LogoutScope, type SessionRef } from './sessions.ts';
import type { TokenSigner } from './tokens.ts';
import { createUser, findUserById, isBanned, touchLastSignIn, userJson, verifyPassword, type UserRow } from './users.ts';
import { parsePasswordGrant, parseRefreshGrant, parseSignup } from './validation.ts';

export interface RouteContext {
  sql: postgres.Sql;
  signer: TokenSigner;
  ttlSeconds: number;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The session JSON GoTrue answers signup and /token with. */
async function sessionResponse(ctx: RouteContext, user: UserRow, session: SessionRef, refreshToken: string) {
  const { token, exp } = await ctx.signer.sign(user, session);
  return jsonResponse(
    {
      access_token: token,
      token_type: 'bearer',
      expires_in: ctx.ttlSeconds,
      expires_at: exp,
      refresh_token: refreshToken,
      user: userJson(user),
    },
    200,
    true,
  );
}

const userAgent = (req: Request) => req.headers.get('user-agent')?.slice(0, 1024) ?? null;

export async function signup(ctx: RouteContext, req: Request): Promise<Response> {
  const input = parseSignup(await readJsonObject(req));
  const alreadyExists = () => unprocessable('user_already_exists', 'User already registered');
  let result: { user: UserRow; session: SessionRef; refreshToken: string } | null;
  try {
    result = await ctx.sql.begin(async (tx) => {
      const created = await createUser(tx, input);
      if (!created) return null;
      const user = await touchLastSignIn(tx, created.id);
      const { session, refreshToken } = await createSession(tx, user.id, userAgent(req));
      return { user, session, refreshToken };
    });
  } catch (err) {
    // A concurrent signup for the same email lost the race on the unique index.
    if ((err as { code?: string }).code === '23505') throw alreadyExists();
    throw err;
  }
  if (!result) throw alreadyExists();
  return sessionResponse(ctx, result.user, result.session, result.refreshToken);
}

async function passwordGrant(ctx: RouteContext, req: Request): Promise<Response> {
  const creds = parsePasswordGrant(await readJsonObject(req));
  if (!creds) throw invalidCredentials();
  const found = await verifyPassword(ctx.sql, creds.email, creds.password);
  if (!found) throw invalidCredentials();
  if (!found.email_confirmed_at) throw badRequest('email_not_confirmed', 'Email not confirmed');
  if (isBanned(found)) throw badRequest('user_banned', 'User is banned');
  const { user, session, refreshToken } = await ctx.sql.begin(async (tx) => {
    const user = await touchLastSignIn(tx, found.id);
    return { user, ...(await createSession(tx, user.id, userAgent(req))) };
  });
  return sessionResponse(ctx, user, session, refreshToken);
}

async function refreshGrant(ctx: RouteContext, req: Request): Promise<Response> {
  const presented = parseRefreshGrant(await readJsonObject(req));
  const notFound = () => badRequest('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
  if (presented.length > 255 || presented.includes('\0')) throw notFound();
  const rotated = await rotateRefreshToken(ctx.sql, presented);
  if (!rotated.ok) {
    if (rotated.reason === 'already_used') {
      throw badRequest('refresh_token_already_used', 'Invalid Refresh Token: Already Used');
    }
    if (rotated.reason === 'session_expired') throw badRequest('session_expired', 'Invalid Refresh Token: Session Expired');
    throw notFound();
  }
  const user = await findUserById(ctx.sql, rotated.session.userId);
  if (!user) throw notFound();
  if (isBanned(user)) throw badRequest('user_banned', 'Invalid Refresh Token: User Banned');
  return sessionResponse(ctx, user, rotated.session, rotated.refreshToken);
}

export async function token(ctx: RouteContext, req: Request, url: URL): Promise<Response> {
  const grantType = url.searchParams.get('grant_type');
  if (grantType === 'password') return passwordGrant(ctx, req);
  if (grantType === 'refresh_token') return refreshGrant(ctx, req);
  throw badRequest('validation_failed', 'unsupported_grant_type');
}

/** GoTrue's requireAuthentication + maybeLoadUserOrSession for a bearer access token. */
async function authenticate(ctx: RouteContext, req: Request): Promise<{ user: UserRow; sessionId: string | null }> {
  const claims = await ctx.signer.verify(bearerToken(req));
  if (!claims.sub) throw forbidden('bad_jwt', 'invalid claim: missing sub claim');
  if (typeof claims.sub !== 'string' || !UUID_RE.test(claims.sub)) {
    throw forbidden('bad_jwt', 'invalid claim: sub claim must be a UUID');
  }
  const sessionId = claims.session_id || null;
  if (sessionId !== null && (typeof sessionId !== 'string' || !UUID_RE.test(sessionId))) {
    throw forbidden('bad_jwt', 'invalid claim: session_id claim must be a UUID');
  }
  const user = await findUserById(ctx.sql, claims.sub);
  if (!user) throw forbidden('user_not_found', 'User from sub claim in JWT does not exist');
  if (sessionId && !(await sessionExists(ctx.sql, sessionId, user.id))) {
    throw forbidden('session_not_found', 'Session from session_id claim in JWT does not exist');
  }
  return { user, sessionId };
}

export async function getUser(ctx: RouteContext, req: Request): Promise<Response> {
  const { user } = await authenticate(ctx, req);
  return jsonResponse(userJson(user));
}

const SCOPES: readonly LogoutScope[] = ['global', 'local', 'others'];

export async function logoutRoute(ctx: RouteContext, req: Request, url: URL): Promise<Response> {
  const scope = (url.searchParams.get('scope') || 'global') as LogoutScope;
  if (!SCOPES.includes(scope)) throw badRequest('validation_failed', 'Unsupported logout scope');
  const { user, sessionId } = await authenticate(ctx, req);
  await logout(ctx.sql, user.id, sessionId, scope);
  return new Response(null, { status: 204 });
}

export function health(): Response {
  return jsonResponse({
    version: 'local',
    name: 'GoTrue',
    description: 'GoTrue is a user registration and authentication API (Integrations Hub local stack)',
  });
}

export function settings(): Response {
  const external = Object.fromEntries(
    ['anonymous_users', 'apple', 'azure', 'bitbucket', 'discord', 'facebook', 'figma', 'fly', 'github', 'gitlab',
      'google', 'keycloak', 'kakao', 'linkedin_oidc', 'notion', 'spotify', 'slack_oidc', 'workos', 'twitch',
      'twitter', 'phone', 'zoom'].map((p) => [p, false]),
  );
  return jsonResponse({
    external: { ...external, email: true },
    disable_signup: false,
    mailer_autoconfirm: true,
    phone_autoconfirm: false,
    sms_provider: '',
    saml_enabled: false,
  });
}

export function jwks(): Response {
  return jsonResponse({ keys: [] });
}
