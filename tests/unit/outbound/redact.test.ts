import { describe, expect, it } from 'vitest';
import { isSecretFieldName, redactBody, redactHeaders, redactUrl } from '../../../supabase/functions/_shared/outbound/redact.ts';

describe('redactHeaders', () => {
  it('hides credentials and anything named like them, keeps the rest', () => {
    const out = redactHeaders(new Headers({
      Authorization: 'Bearer sk_live_x', Cookie: 'a=b', 'Set-Cookie': 'c=d', apikey: 'k', 'DHL-API-Key': 'k',
      'Access-Token': 't', 'X-Hub-Signature-256': 'sha256=ab', 'Stripe-Signature': 't=1,v1=x', 'X-Client-Secret': 's',
      'Proxy-Authorization': 'Basic x', 'Content-Type': 'application/json', 'X-Request-Id': 'req_1', 'LinkedIn-Version': '202511',
    }));
    for (const name of ['authorization', 'cookie', 'set-cookie', 'apikey', 'dhl-api-key', 'access-token', 'x-hub-signature-256',
      'stripe-signature', 'x-client-secret', 'proxy-authorization']) {
      expect(out[name], name).toBe('[redacted]');
    }
    expect(out['content-type']).toBe('application/json');
    expect(out['x-request-id']).toBe('req_1');
    expect(out['linkedin-version']).toBe('202511');
  });

  it('accepts plain records', () => {
    expect(redactHeaders({ 'X-Api-Key': 'k', Accept: '*/*' })).toEqual({ 'x-api-key': '[redacted]', accept: '*/*' });
  });
});

describe('redactBody', () => {
  const SECRET = 'EFpaypal-secret/value+1';

  it('replaces secret values in raw, JSON-escaped and percent-encoded forms', () => {
    const text = `raw ${SECRET} json "${JSON.stringify(SECRET).slice(1, -1)}" form x=${encodeURIComponent(SECRET)}&y=${new URLSearchParams({ s: SECRET }).toString().slice(2)}`;
    const out = redactBody(text, [SECRET], 10_000);
    expect(out).not.toContain('paypal-secret');
    expect(out.match(/\[redacted\]/g)?.length).toBe(4);
  });

  it('blanks common secret JSON fields, at any depth and of any scalar type', () => {
    const body = JSON.stringify({
      access_token: 'A21AA', refresh_token: 'r', client_secret: 'c', token_type: 'Bearer', expires_in: 32400,
      ClientInfo: { UserName: 'u', Password: 'p\\"q', AccountPin: 331421, AccountNumber: '20016' },
      ivp_authkey: 'k', shipping: 'AED', error: { code: 'E56', message: 'Duplicate transaction' },
    });
    const parsed = JSON.parse(redactBody(body, [], 10_000));
    expect(parsed).toMatchObject({
      access_token: '[redacted]', refresh_token: '[redacted]', client_secret: '[redacted]', token_type: 'Bearer',
      expires_in: 32400, ivp_authkey: '[redacted]', shipping: 'AED', error: { code: 'E56' },
    });
    expect(parsed.ClientInfo).toEqual({ UserName: 'u', Password: '[redacted]', AccountPin: '[redacted]', AccountNumber: '20016' });
  });

  it('blanks secret form fields', () => {
    const out = redactBody('grant_type=client_credentials&client_id=abc&client_secret=s3cr3t&ivp_authkey=k&password=p', [], 10_000);
    expect(Object.fromEntries(new URLSearchParams(out))).toEqual({
      grant_type: 'client_credentials', client_id: 'abc', client_secret: '[redacted]', ivp_authkey: '[redacted]', password: '[redacted]',
    });
  });

  it('caps the size after redacting, on a character boundary', () => {
    const out = redactBody(`${'é'.repeat(50)}${SECRET}`, [SECRET], 11);
    expect(out).toBe(`${'é'.repeat(5)}…[truncated 99 bytes]`);
    expect(redactBody('short', [], 100)).toBe('short');
  });

  it('ignores empty and very short secret values instead of shredding the text', () => {
    expect(redactBody('AE AED', ['', 'AE'], 100)).toBe('AE AED');
  });
});

describe('redactUrl', () => {
  it('drops secret query parameters and userinfo', () => {
    const out = redactUrl('https://user:pw@graph.facebook.com/v24.0/me?fields=id&access_token=EAA1&api_key=k&key=k&token=t&signature=s&code=oauth-code&hub.verify_token=v');
    expect(out).toBe('https://graph.facebook.com/v24.0/me?fields=id');
  });

  it('removes known secret values wherever they appear', () => {
    const out = redactUrl('https://hub.example.com/webhooks/mailchimp/whk_0123456789?s=whk_0123456789&list=1', ['whk_0123456789']);
    expect(out).not.toContain('whk_0123456789');
    expect(out).toContain('list=1');
  });

  it('returns a placeholder for something that is not a URL', () => {
    expect(redactUrl('not a url with sk_live_1')).toBe('[redacted]');
  });
});

describe('isSecretFieldName', () => {
  it.each([
    ['password', true], ['client_secret', true], ['access_token', true], ['refresh_token', true], ['ivp_authkey', true],
    ['AccountPin', true], ['account_pin', true], ['apiKey', true], ['X-Api-Key', true], ['secret_key', true],
    ['shipping', false], ['token_type', false], ['expires_in', false], ['client_id', false], ['idempotency_key', false],
  ])('%s → %s', (name, secret) => {
    expect(isSecretFieldName(name)).toBe(secret);
  });
});
