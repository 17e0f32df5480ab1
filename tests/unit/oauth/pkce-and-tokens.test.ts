import { describe, expect, it } from 'vitest';
import { codeChallengeS256, hashState, randomToken } from '../../../supabase/functions/_shared/oauth/pkce.ts';
import { isRefreshRefused, readErrorCode, readTokenSet } from '../../../supabase/functions/_shared/oauth/token-response.ts';
import { readIdentity } from '../../../supabase/functions/_shared/oauth/identity-readers.ts';

describe('PKCE and state', () => {
  it('computes the RFC 7636 appendix B S256 challenge', async () => {
    expect(await codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes 43-character base64url tokens that do not repeat', () => {
    const tokens = new Set(Array.from({ length: 200 }, randomToken));
    expect(tokens.size).toBe(200);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('stores states as lower-case SHA-256 hex', async () => {
    expect(await hashState('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('token responses', () => {
  it('reads the fields we keep and nothing else', () => {
    expect(readTokenSet({ access_token: 'at', refresh_token: 'rt', expires_in: '3600', refresh_expires_in: 86400, scope: 'openid profile', id_token: 'x' }))
      .toEqual({ accessToken: 'at', refreshToken: 'rt', expiresIn: 3600, refreshExpiresIn: 86400, scopes: ['openid', 'profile'] });
  });

  it('unwraps Instagram Login answers and tolerates missing lifetimes (Mailchimp)', () => {
    expect(readTokenSet({ data: [{ access_token: 'ig', user_id: 1, permissions: 'a,b' }] })?.scopes).toEqual(['a', 'b']);
    expect(readTokenSet({ access_token: 'mc', expires_in: 0, scope: null })).toMatchObject({ expiresIn: null, refreshToken: null, scopes: [] });
  });

  it('refuses tokens that cannot be sent in a header', () => {
    expect(readTokenSet({ access_token: 'a\r\nb' })).toBeNull();
    expect(readTokenSet({ access_token: '' })).toBeNull();
    expect(readTokenSet('nope')).toBeNull();
  });

  it('only invalid_grant means the refresh token is dead', () => {
    expect(readErrorCode({ error: 'invalid_grant' })).toBe('invalid_grant');
    expect(readErrorCode({ error: { code: 'access_token_invalid' } })).toBe('access_token_invalid');
    expect(isRefreshRefused({ ok: false, status: 400, error: 'invalid_grant' })).toBe(true);
    expect(isRefreshRefused({ ok: false, status: 503, error: null })).toBe(false);
    expect(isRefreshRefused({ ok: false, status: 401, error: 'invalid_client' })).toBe(false);
  });
});

describe('identity answers', () => {
  it('maps each provider to an account, and refuses answers without an id', () => {
    expect(readIdentity.linkedin({ sub: 'abc', name: 'N', picture: 'http://insecure/p.jpg' }))
      .toEqual({ externalId: 'abc', username: null, displayName: 'N', avatarUrl: null });
    expect(readIdentity.tiktok({ data: { user: { open_id: 'o1', display_name: 'd' } } })?.externalId).toBe('o1');
    expect(readIdentity.meta({ id: 1001, name: 'Page' })?.externalId).toBe('1001');
    expect(readIdentity.instagram({ id: '17', username: 'u' })?.username).toBe('u');
    expect(readIdentity.mailchimp({ dc: 'us19', login: { login_id: 5 } })).toMatchObject({ externalId: '5', dataCentre: 'us19' });
    expect(readIdentity.mailchimp({ dc: 'evil.com/', login: { login_id: 5 } })).toBeNull();
    expect(readIdentity.linkedin({ name: 'no id' })).toBeNull();
  });
});

describe('when a caller should refresh', () => {
  it('is due within the margin, never without an expiry', async () => {
    const { accessTokenExpiresWithin, REFRESH_MARGIN_MS } = await import('../../../supabase/functions/_shared/oauth/refresh-token.ts');
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(accessTokenExpiresWithin({ access_token_expires_at: '2026-11-25T10:04:59Z' }, REFRESH_MARGIN_MS, now)).toBe(true);
    expect(accessTokenExpiresWithin({ access_token_expires_at: '2026-11-25T10:05:01Z' }, REFRESH_MARGIN_MS, now)).toBe(false);
    expect(accessTokenExpiresWithin({}, REFRESH_MARGIN_MS, now)).toBe(false);
  });
});
