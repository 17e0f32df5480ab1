import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type postgres from 'postgres';
import { asActor } from './db.ts';

export interface FakeOAuthOptions {
  clientId: string;
  clientSecret: string;
  /** Access-token lifetime in seconds (expires_in). */
  expiresIn?: number;
  /** Delay before answering a refresh grant, so concurrent refreshes overlap. */
  refreshDelayMs?: number;
}

type CodeGrant = { challenge: string; redirectUri: string; used: boolean };

// The real providers' paths (LinkedIn, TikTok, Meta, Instagram, Mailchimp) plus plain ones.
const AUTHORIZE = /^\/(authorize|oauth\/v2\/authorization|v2\/auth\/authorize\/|oauth\/authorize|oauth2\/authorize|v\d+\.0\/dialog\/oauth)$/;
const LONG_LIVED = /^\/(v\d+\.0\/oauth\/access_token|access_token|refresh_access_token)$/;
const TOKEN = /^\/(token|oauth\/v2\/accessToken|v2\/oauth\/token\/|oauth\/access_token|oauth2\/token|v\d+\.0\/oauth\/access_token)$/;

const token = (prefix: string) => `${prefix}-${randomBytes(12).toString('hex')}`;
const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

/**
 * An OAuth 2.0 authorization server on 127.0.0.1 speaking the providers' flow: authorize
 * redirects back with code+state (or error=access_denied), the token endpoint checks client
 * authentication, redirect_uri and the PKCE S256 verifier and issues expiring access and
 * rotating refresh tokens (or invalid_grant on demand), and identity endpoints answer as
 * LinkedIn, TikTok, Meta/Instagram and Mailchimp do for the token they issued.
 */
export async function startFakeOAuthServer(opts: FakeOAuthOptions) {
  const codes = new Map<string, CodeGrant>();
  const access = new Set<string>();
  const refresh = new Set<string>();
  const issued: string[] = [];
  const calls = { authorize: 0, code: 0, refresh: 0, identity: 0, longLived: 0, renew: 0 };
  /** The token presented on each API (identity) call, in order. */
  const presented: string[] = [];
  const mode = { deny: false, failRefresh: false, failLongLived: false, pages: 1 };

  const json = (res: ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

  function authorize(url: URL, res: ServerResponse) {
    calls.authorize++;
    const q = url.searchParams;
    const clientOk = (q.get('client_id') ?? q.get('client_key')) === opts.clientId;
    if (!clientOk || q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) {
      return json(res, 400, { error: 'invalid_request' });
    }
    const back = new URL(q.get('redirect_uri')!);
    if (q.get('state')) back.searchParams.set('state', q.get('state')!);
    if (mode.deny) {
      back.searchParams.set('error', 'access_denied');
      back.searchParams.set('error_description', 'The user denied the request');
    } else {
      const code = token('code');
      codes.set(code, { challenge: q.get('code_challenge')!, redirectUri: q.get('redirect_uri')!, used: false });
      back.searchParams.set('code', code);
    }
    res.writeHead(302, { location: back.href }).end();
  }

  function issue(res: ServerResponse) {
    const pair = { access: token('fake-at'), refresh: token('fake-rt') };
    access.add(pair.access);
    refresh.add(pair.refresh);
    issued.push(pair.access, pair.refresh);
    json(res, 200, {
      access_token: pair.access, refresh_token: pair.refresh, token_type: 'Bearer',
      expires_in: opts.expiresIn ?? 3600, refresh_expires_in: 31_536_000, scope: 'openid profile',
    });
  }

  function tokenEndpoint(req: IncomingMessage, body: string, res: ServerResponse) {
    const form = new URLSearchParams(body);
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const [basicId, basicSecret] = basic ? Buffer.from(basic, 'base64').toString().split(':') : [];
    const id = form.get('client_id') ?? form.get('client_key') ?? basicId;
    const secret = form.get('client_secret') ?? basicSecret;
    if (id !== opts.clientId || secret !== opts.clientSecret) return json(res, 401, { error: 'invalid_client' });
    if (form.get('grant_type') === 'authorization_code') {
      calls.code++;
      const grant = codes.get(form.get('code') ?? '');
      const valid = grant && !grant.used && grant.redirectUri === form.get('redirect_uri')
        && s256(form.get('code_verifier') ?? '') === grant.challenge;
      if (grant) grant.used = true; // one try per code, as real servers do
      return valid ? issue(res) : json(res, 400, { error: 'invalid_grant', error_description: 'code, redirect_uri or PKCE verifier mismatch' });
    }
    if (form.get('grant_type') === 'refresh_token') {
      calls.refresh++;
      const offered = form.get('refresh_token') ?? '';
      setTimeout(() => {
        if (mode.failRefresh || !refresh.delete(offered)) return json(res, 400, { error: 'invalid_grant', error_description: 'refresh token expired' });
        issue(res);
      }, opts.refreshDelayMs ?? 0);
      return;
    }
    json(res, 400, { error: 'unsupported_grant_type' });
  }

  /** A Meta long-lived token (about 60 days), as the exchange and Instagram's renewal hand out. */
  function issueLongLived(res: ServerResponse) {
    const long = token('fake-ll');
    access.add(long);
    issued.push(long);
    json(res, 200, { access_token: long, token_type: 'bearer', expires_in: 5_183_944 });
  }

  /** GETs with the token in the query: Facebook's fb_exchange_token, Instagram's ig_exchange_token and ig_refresh_token. */
  function longLived(q: URLSearchParams, res: ServerResponse) {
    const grant = q.get('grant_type');
    const oauthError = () => json(res, 400, { error: { message: 'Error validating access token', type: 'OAuthException', code: 190 } });
    if (grant === 'fb_exchange_token' || grant === 'ig_exchange_token') {
      calls.longLived++;
      const clientOk = q.get('client_secret') === opts.clientSecret && (grant === 'ig_exchange_token' || q.get('client_id') === opts.clientId);
      const short = q.get(grant === 'fb_exchange_token' ? 'fb_exchange_token' : 'access_token') ?? '';
      return clientOk && access.has(short) && !mode.failLongLived ? issueLongLived(res) : oauthError();
    }
    if (grant === 'ig_refresh_token') {
      calls.renew++;
      return !mode.failRefresh && access.has(q.get('access_token') ?? '') ? issueLongLived(res) : oauthError();
    }
    json(res, 400, { error: { message: 'Unsupported grant_type', type: 'OAuthException', code: 100 } });
  }

  /** Facebook's /me/accounts: `mode.pages` Pages, each with a Page token (which does not expire). */
  function pages(req: IncomingMessage, res: ServerResponse) {
    const user = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (!access.has(user)) return json(res, 401, { error: { message: 'Invalid OAuth access token', type: 'OAuthException', code: 190 } });
    const data = Array.from({ length: mode.pages }, (_, i) => {
      const pageToken = token('fake-page');
      access.add(pageToken);
      issued.push(pageToken);
      return { id: `page-${100 + i}`, name: `Al Khayyat Page ${i + 1}`, access_token: pageToken, category: 'Clothing store' };
    });
    json(res, 200, { data, paging: { cursors: {} } });
  }

  function identity(req: IncomingMessage, pathname: string, res: ServerResponse) {
    calls.identity++;
    const token = /^(Bearer|OAuth) (.+)$/.exec(req.headers.authorization ?? '')?.[2] ?? '';
    presented.push(token);
    if (!access.has(token)) return json(res, 401, { error: 'invalid_token' });
    if (pathname === '/v2/userinfo') return json(res, 200, { sub: 'li-member-42', name: 'Al Khayyat Tailoring', picture: 'https://media.example.com/p.jpg' });
    if (pathname === '/v2/user/info/') {
      return json(res, 200, { data: { user: { open_id: 'tt-open-7', display_name: 'khayyat.uae', avatar_url: 'https://p16.example.com/a.jpg' } }, error: { code: 'ok' } });
    }
    if (pathname === '/oauth2/metadata') return json(res, 200, { dc: 'us19', accountname: 'Al Khayyat', login: { login_id: 9001, login_name: 'khayyat' } });
    return json(res, 200, { id: 'meta-1001', name: 'Al Khayyat Page', username: 'alkhayyat' });
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake.local');
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.method === 'GET' && AUTHORIZE.test(url.pathname)) return authorize(url, res);
      if (req.method === 'POST' && TOKEN.test(url.pathname)) return tokenEndpoint(req, body, res);
      if (req.method === 'GET' && LONG_LIVED.test(url.pathname)) return longLived(url.searchParams, res);
      if (req.method === 'GET' && url.pathname.endsWith('/me/accounts')) return pages(req, res);
      if (req.method === 'GET') return identity(req, url.pathname, res);
      json(res, 404, { error: 'not_found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    calls,
    presented,
    mode,
    /** Every access and refresh token handed out, to search responses and tables for. */
    issued,
    // Connections the functions keep alive (or a request still waiting on a hung route) would
    // hold close() open: end them all, as the other fakes do.
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export type FakeOAuthServer = Awaited<ReturnType<typeof startFakeOAuthServer>>;

/** What a browser does with an authorize_url: open it, then follow the provider's redirect to our callback. */
export async function followConsent(authorizeUrl: string) {
  const consent = await fetch(authorizeUrl, { redirect: 'manual' });
  const callbackUrl = consent.headers.get('location');
  if (consent.status !== 302 || !callbackUrl) throw new Error(`the fake authorize endpoint answered ${consent.status}`);
  return { callbackUrl, ...(await openCallback(callbackUrl)) };
}

/** One GET of our callback, redirects not followed: the status, where it sends the browser, the page. */
export async function openCallback(url: string) {
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location'), body: await res.text() };
}

/**
 * A connection of `orgId` to `slug` (LinkedIn unless said) taken through the real consent
 * flow (oauth/start, the fake's consent, our callback) against `fake`, with the app's
 * client id and secret stored first under the catalogue's field names.
 */
export async function connectViaConsent(
  sql: postgres.Sql,
  stack: { apiUrl: string; credentialsKey: string },
  input: {
    orgId: string; adminToken: string; fake: FakeOAuthServer; client: { id: string; secret: string };
    slug?: 'linkedin' | 'facebook' | 'instagram';
    /** Further vault fields stored before the connect (e.g. Facebook's page_id). */
    fields?: Record<string, string>;
  },
): Promise<string> {
  const slug = input.slug ?? 'linkedin';
  const [row] = await sql`insert into public.integration_connections (organization_id, provider_id, name, base_url_override)
    select ${input.orgId}, p.id, ${`${slug} ${crypto.randomUUID().slice(0, 8)}`}, ${input.fake.origin} from public.integration_providers p
     where p.slug = ${slug} returning id`;
  const id = row!.id as string;
  const fields = slug === 'linkedin' ? ['client_id', 'client_secret'] : ['app_id', 'app_secret'];
  for (const [field, value] of [[fields[0], input.client.id], [fields[1], input.client.secret], ...Object.entries(input.fields ?? {})] as const) {
    await asActor(sql, { kind: 'service' }, (tx) => tx`select public.set_credential(${id}, ${field!}, ${value}, ${stack.credentialsKey}, 'local-1')`, { commit: true });
  }
  const res = await fetch(`${stack.apiUrl}/functions/v1/oauth/start`, {
    method: 'POST', headers: { authorization: `Bearer ${input.adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ connection_id: id }),
  });
  const done = await followConsent(((await res.json()) as { authorize_url: string }).authorize_url);
  if (!done.location?.includes('oauth=success')) throw new Error(`consent did not complete: ${done.location}`);
  return id;
}

/** POST /oauth/refresh-due for one connection as the scheduler; the answer must be 200. */
export async function refreshDue(apiUrl: string, connectionId: string) {
  const res = await fetch(`${apiUrl}/functions/v1/oauth/refresh-due`, {
    method: 'POST',
    headers: { 'x-scheduler-secret': 'local-scheduler-secret-not-for-production', 'content-type': 'application/json' },
    body: JSON.stringify({ connection_id: connectionId }),
  });
  if (res.status !== 200) throw new Error(`refresh-due answered ${res.status}`);
  return (await res.json()) as { checked: number; results?: Array<{ connection_id: string; outcome: string; message: string }> };
}
