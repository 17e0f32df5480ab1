import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl, scopesFor } from '../../../supabase/functions/_shared/oauth/authorize-url.ts';
import { oauthEndpoints } from '../../../supabase/functions/_shared/oauth/endpoints.ts';
import { OAUTH_PROVIDERS } from '../../../supabase/functions/_shared/oauth/oauth-providers.ts';
import { resultUrl, safeRedirectTarget } from '../../../supabase/functions/_shared/oauth/redirect-target.ts';
import { provider } from '../outbound/catalogue.ts';

const DASHBOARD = 'https://hub.example.ae';

describe('redirect_to', () => {
  it('accepts same-site paths and the dashboard origin only', () => {
    expect(safeRedirectTarget('/integrations/1?tab=a', null)).toBe('/integrations/1?tab=a');
    expect(safeRedirectTarget('https://hub.example.ae/integrations/1', DASHBOARD)).toBe('https://hub.example.ae/integrations/1');
    for (const bad of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/a\nb', '', 'integrations']) {
      expect(safeRedirectTarget(bad, DASHBOARD), bad).toBeNull();
    }
    expect(safeRedirectTarget('https://hub.example.ae/x', null)).toBeNull();
    expect(safeRedirectTarget('https://user:pw@hub.example.ae/x', DASHBOARD)).toBeNull();
  });

  it('adds the outcome, replacing one the target carried', () => {
    expect(resultUrl('/integrations/1?oauth=x&tab=a', null, { outcome: 'success' })).toBe('/integrations/1?tab=a&oauth=success');
    expect(resultUrl('/integrations/1', DASHBOARD, { outcome: 'error', reason: 'access_denied' }))
      .toBe('https://hub.example.ae/integrations/1?oauth=error&reason=access_denied');
  });
});

describe('OAuth endpoints', () => {
  const linkedin = OAUTH_PROVIDERS.linkedin!;
  const conn = (over: Record<string, unknown> = {}) => ({ environment: 'production' as const, base_url_override: null, settings: {}, ...over });

  it('uses the providers\' own URLs, Meta\'s with the Graph version filled', () => {
    const e = oauthEndpoints(linkedin, provider('linkedin'), conn(), false);
    expect([e.authorize.href, e.token.href, e.identity.href]).toEqual([
      'https://www.linkedin.com/oauth/v2/authorization', 'https://www.linkedin.com/oauth/v2/accessToken', 'https://api.linkedin.com/v2/userinfo',
    ]);
    const fb = oauthEndpoints(OAUTH_PROVIDERS.facebook!, provider('facebook'), conn({ settings: { graph_api_version: 'v21.0' } }), false);
    expect(fb.authorize.href).toBe('https://www.facebook.com/v21.0/dialog/oauth');
    expect(fb.identity.href).toBe('https://graph.facebook.com/v21.0/me?fields=id,name');
  });

  it('moves to an override only where the local allow setting permits it', () => {
    const local = conn({ base_url_override: 'http://127.0.0.1:9999', settings: { oauth_token_url: 'http://127.0.0.1:9999/token' } });
    const e = oauthEndpoints(linkedin, provider('linkedin'), local, true);
    expect([e.authorize.href, e.token.href, e.identity.href]).toEqual([
      'http://127.0.0.1:9999/oauth/v2/authorization', 'http://127.0.0.1:9999/token', 'http://127.0.0.1:9999/v2/userinfo',
    ]);
    expect(() => oauthEndpoints(linkedin, provider('linkedin'), local, false)).toThrow(/https|hosts/);
    const foreign = conn({ settings: { oauth_token_url: 'https://attacker.example/token' } });
    expect(() => oauthEndpoints(linkedin, provider('linkedin'), foreign, false)).toThrow(/not one of this provider's OAuth hosts/);
  });

  it('builds the consent URL with state, S256 challenge and the provider\'s own parameter names', () => {
    const tiktok = OAUTH_PROVIDERS.tiktok!;
    const url = buildAuthorizeUrl(new URL(tiktok.authorizeUrl), tiktok, {
      clientId: 'ck', redirectUri: 'https://x.supabase.co/functions/v1/oauth/callback', state: 's', codeChallenge: 'c',
      scopes: scopesFor(tiktok, { oauth_scopes: 'user.info.basic video.list bad scope!' }),
    });
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code', client_key: 'ck', redirect_uri: 'https://x.supabase.co/functions/v1/oauth/callback', state: 's',
      code_challenge: 'c', code_challenge_method: 'S256', scope: 'user.info.basic,video.list,bad',
    });
  });
});
