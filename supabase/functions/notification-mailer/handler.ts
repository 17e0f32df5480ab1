// notification-mailer: e-mails queued notifications through each organization's own SendGrid
// connection (public.notification_emails), on the schedule or when the service role asks.
import { z } from 'zod';
import { makeCallerIdentifier, type Caller } from '../_shared/auth/caller.ts';
import { connect, type Sql } from '../_shared/db.ts';
import { errorResponse, HttpError, toErrorResponse } from '../_shared/http/errors.ts';
import { readJson } from '../_shared/http/read-json.ts';
import { classifyStatus, sendGridMessage, type ClaimedEmail, type MailOutcome } from '../_shared/notifications/email-message.ts';
import { makeDenoResolver } from '../_shared/outbound/deno-resolver.ts';
import { resolveBaseUrl } from '../_shared/outbound/base-url.ts';
import { sendOutbound, type OutboundDeps } from '../_shared/outbound/send.ts';
import { MemoryTokenCache } from '../_shared/outbound/token-cache.ts';
import { loadConnectionContext, type ConnectionContext } from '../_shared/proxy/connection-context.ts';
import { loadCredentialKeys, type CredentialKeys } from '../_shared/vault/keys.ts';

const Body = z.strictObject({ limit: z.int().min(1).max(500).optional(), organization_id: z.uuid().optional() });

export interface MailerDeps {
  sql: Sql;
  identify: (req: Request) => Promise<Caller | null>;
  /** Sends one claimed e-mail; never throws for provider trouble. */
  send: (email: ClaimedEmail, contexts: Map<string, Promise<ConnectionContext>>) => Promise<MailOutcome>;
}

export function makeNotificationMailerHandler(deps: MailerDeps) {
  return async (req: Request): Promise<Response> => {
    try {
      if (req.method !== 'POST') return errorResponse('method_not_allowed', 'Use POST.', { allow: 'POST' });
      const caller = await deps.identify(req);
      if (!caller) throw new HttpError('unauthorized', 'The scheduler secret or the service role is required.');
      if (caller.kind === 'user') throw new HttpError('forbidden', 'Only the scheduler or the service role sends notification e-mails.');
      const body = Body.parse(await readJson(req, 1024));
      const started = performance.now();
      const claimed = await deps.sql<ClaimedEmail[]>`select * from public.claim_notification_emails(${body.limit ?? 50}, ${body.organization_id ?? null})`;
      const contexts = new Map<string, Promise<ConnectionContext>>();
      const counts = { sent: 0, retried: 0, failed: 0 };
      for (const email of claimed) {
        const outcome = await deps.send(email, contexts);
        await deps.sql`select public.finish_notification_email(${email.id}, ${outcome.sent},
          ${outcome.sent ? null : outcome.error}, ${outcome.sent ? true : outcome.retry})`;
        if (outcome.sent) counts.sent++;
        else if (outcome.retry && email.attempts < 5) counts.retried++;
        else counts.failed++;
      }
      return Response.json({ claimed: claimed.length, ...counts, duration_ms: Math.round(performance.now() - started) });
    } catch (err) {
      if (err instanceof z.ZodError) return errorResponse('bad_request', `Invalid body: ${err.issues[0]?.path.join('.') || 'body'} ${err.issues[0]?.message}`);
      return toErrorResponse(err);
    }
  };
}

/** Sends through the shared outbound layer: SSRF rules, the connection's own key injected (Bearer), a timeout. */
export function makeSendGridSender(sql: Sql, keys: CredentialKeys, outbound: OutboundDeps, dashboardUrl: string | null, timeoutMs: number) {
  return async (email: ClaimedEmail, contexts: Map<string, Promise<ConnectionContext>>): Promise<MailOutcome> => {
    if (!email.sendgrid_connection_id || !email.from_email || !email.recipients?.length) {
      return { sent: false, retry: false, error: 'E-mail is switched off or has no SendGrid connection or recipients.' };
    }
    if (email.sendgrid_status === 'disabled') return { sent: false, retry: false, error: 'The SendGrid connection is disabled.' };
    const id = email.sendgrid_connection_id;
    if (!contexts.has(id)) {
      contexts.set(id, loadConnectionContext(sql, keys, id, { actorType: 'service', actorId: null, ip: null }, 'notification e-mail'));
    }
    let ctx: ConnectionContext;
    try {
      ctx = await contexts.get(id)!;
    } catch {
      return { sent: false, retry: false, error: 'The SendGrid connection no longer exists.' };
    }
    const url = new URL(`${resolveBaseUrl(ctx.provider, ctx.connection, ctx.secrets)}/mail/send`);
    const body = new TextEncoder().encode(JSON.stringify(sendGridMessage(email, dashboardUrl)));
    const outcome = await sendOutbound(outbound, ctx.provider, ctx.connection, ctx.secrets,
      { method: 'POST', url, headers: new Headers({ 'content-type': 'application/json' }), body }, timeoutMs);
    switch (outcome.kind) {
      case 'response':
        return classifyStatus(outcome.httpStatus);
      case 'credentials':
        return { sent: false, retry: false, error: 'The SendGrid connection has no usable API key.' };
      case 'refused':
        return { sent: false, retry: false, error: 'The SendGrid address was refused by the outbound rules.' };
      case 'timeout':
        return { sent: false, retry: true, error: 'SendGrid did not answer in time.' };
      case 'connection':
        return { sent: false, retry: true, error: 'SendGrid could not be reached.' };
    }
  };
}

export function createHandler(env: Record<string, string | undefined>) {
  const sql = connect(env.SUPABASE_DB_URL, Number(env.MAILER_DB_POOL ?? 4));
  const keys = loadCredentialKeys(env);
  const outbound: OutboundDeps = {
    tokenCache: new MemoryTokenCache(),
    fetch: globalThis.fetch,
    now: () => Date.now(),
    allowPrivate: env.HUB_ALLOW_PRIVATE_UPSTREAMS === 'true',
    resolve: makeDenoResolver(),
  };
  return makeNotificationMailerHandler({
    sql,
    identify: makeCallerIdentifier({
      jwtSecret: env.SUPABASE_JWT_SECRET,
      jwksUrl: env.SUPABASE_URL ? `${env.SUPABASE_URL}/auth/v1/.well-known/jwks.json` : undefined,
      schedulerSecret: env.SCHEDULER_SECRET,
    }),
    send: makeSendGridSender(sql, keys, outbound, env.HUB_DASHBOARD_URL ?? null, Number(env.MAILER_TIMEOUT_MS ?? 10_000)),
  });
}
