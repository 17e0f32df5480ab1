import { z } from 'zod';
import { HttpError } from '../_shared/http/errors.ts';
import { readJson } from '../_shared/http/read-json.ts';
import { buildAuthorizeUrl, scopesFor } from '../_shared/oauth/authorize-url.ts';
import { oauthEndpoints } from '../_shared/oauth/endpoints.ts';
import { loadOAuthConnection } from '../_shared/oauth/oauth-connection.ts';
import { oauthConfigFor } from '../_shared/oauth/oauth-providers.ts';
import { codeChallengeS256, randomToken } from '../_shared/oauth/pkce.ts';
import { safeRedirectTarget } from '../_shared/oauth/redirect-target.ts';
import { saveState } from '../_shared/oauth/state-store.ts';
import { clientCredentials } from '../_shared/oauth/token-request.ts';
import { asService, asUser, readSecretsInTx } from '../_shared/oauth/tx-roles.ts';
import type { OAuthRouteContext } from './route-context.ts';

const StartBody = z.strictObject({ connection_id: z.uuid(), redirect_to: z.string().max(2048).optional() });

/**
 * POST /oauth/start {connection_id, redirect_to?} by an admin of the connection's
 * organization → {authorize_url, expires_at}. The state and PKCE verifier are stored
 * server-side (hashed / encrypted), bound to this user and connection for ten minutes.
 */
export async function handleStart(ctx: OAuthRouteContext, req: Request): Promise<Response> {
  const caller = await ctx.identify(req);
  if (caller?.kind !== 'user') throw new HttpError('unauthorized', 'Sign in as an admin of the organization.');
  const body = StartBody.parse(await readJson(req, 8192));
  const redirectTo = safeRedirectTarget(body.redirect_to ?? `/integrations/${body.connection_id}`, ctx.dashboardUrl);
  if (!redirectTo) throw new HttpError('bad_request', 'redirect_to must be a same-site path or a dashboard URL.');

  // RLS decides: a connection of another organization is invisible (404), a viewer gets 403.
  const visible = await asUser(ctx.deps.sql, caller.claims, async (tx) => {
    const conn = await loadOAuthConnection(tx, body.connection_id);
    if (!conn) return null;
    const [row] = await tx`select private.has_org_role(${conn.organization_id}, 'admin') as admin`;
    return { conn, admin: Boolean(row?.admin) };
  });
  if (!visible) throw new HttpError('not_found', 'No such connection.');
  if (!visible.admin) throw new HttpError('forbidden', 'Only admins of the organization can connect it.');
  const { conn } = visible;
  const config = oauthConfigFor(conn.provider.slug);
  if (!config) throw new HttpError('conflict', `${conn.provider.name} does not connect with OAuth.`);
  if (conn.status === 'disabled') throw new HttpError('conflict', 'Enable the connection before connecting it.');

  const secrets = await asService(ctx.deps.sql, (tx) =>
    readSecretsInTx(tx, ctx.deps.keys, conn.id, { type: 'user', id: caller.userId, purpose: 'oauth start' }));
  // Checked now, so a missing secret is reported before the admin goes through consent.
  const client = clientCredentials(secrets);
  const endpoints = oauthEndpoints(config, conn.provider, conn, ctx.deps.allowPrivate);

  const state = randomToken();
  const verifier = randomToken();
  const expiresAt = await saveState(ctx.deps.sql, ctx.deps.keys, {
    state, verifier, organizationId: conn.organization_id, connectionId: conn.id, userId: caller.userId,
    redirectUri: ctx.callbackUrl, redirectTo,
  });
  const authorizeUrl = buildAuthorizeUrl(endpoints.authorize, config, {
    clientId: client.id, redirectUri: ctx.callbackUrl, state, codeChallenge: await codeChallengeS256(verifier),
    scopes: scopesFor(config, conn.settings),
  });
  return Response.json(
    { authorize_url: authorizeUrl.href, expires_at: expiresAt.toISOString() },
    { headers: { 'cache-control': 'no-store' } },
  );
}
