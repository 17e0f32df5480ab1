import { describe, expect, it } from 'vitest';
import { authorizeRequest } from '../../../supabase/functions/_shared/outbound/authorize.ts';
import { CredentialsExpired, CredentialsInvalid, CredentialsMissing } from '../../../supabase/functions/_shared/outbound/errors.ts';
import type { OutboundRequest } from '../../../supabase/functions/_shared/outbound/types.ts';
import { MemoryTokenCache } from '../../../supabase/functions/_shared/outbound/token-cache.ts';
import { provider } from './catalogue.ts';
import { basic, SECRETS } from '../../support/provider-secrets.ts';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const deps = {
  tokenCache: new MemoryTokenCache(),
  fetch: (() => { throw new Error('no network in these tests'); }) as unknown as typeof fetch,
  now: () => NOW,
};
const enc = new TextEncoder();
const dec = new TextDecoder();

function req(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): OutboundRequest {
  return {
    method: init.method ?? 'GET', url: new URL(url), headers: new Headers(init.headers),
    body: init.body === undefined ? null : enc.encode(init.body),
  };
}

const fail = async (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as Error);

describe('authorizeRequest: errors never carry values', () => {
  it('names the missing field', async () => {
    const err = await fail(authorizeRequest(provider('stripe'), {}, req('https://api.stripe.com/v1/balance'), deps));
    expect(err).toBeInstanceOf(CredentialsMissing);
    expect(err?.message).toContain('secret_key');
    expect((err as CredentialsMissing).field).toBe('secret_key');
  });

  it('names the missing field without echoing the others', async () => {
    const secrets = { account_sid: 'AC0123456789', auth_token: '  ' };
    const err = await fail(authorizeRequest(provider('twilio'), secrets, req('https://api.twilio.com/2010-04-01/Accounts.json'), deps));
    expect(err).toBeInstanceOf(CredentialsMissing);
    expect(err?.message).toContain('auth_token');
    expect(err?.message).not.toContain('AC0123456789');
  });

  it('refuses header values with line breaks without quoting them', async () => {
    const secrets = { secret_key: 'sk_test_x\r\nX-Injected: 1' };
    const err = await fail(authorizeRequest(provider('stripe'), secrets, req('https://api.stripe.com/v1/balance'), deps));
    expect(err).toBeInstanceOf(CredentialsInvalid);
    expect(err?.message).not.toContain('sk_test_x');
  });
});

describe('authorizeRequest: authorization-code tokens', () => {
  for (const slug of ['linkedin', 'tiktok'] as const) {
    it(`${slug}: refuses an expired token and sends a live one`, async () => {
      const url = slug === 'linkedin' ? 'https://api.linkedin.com/v2/userinfo' : 'https://open.tiktokapis.com/v2/user/info/';
      for (const expiredAt of ['2026-11-25T11:59:59Z', String(NOW / 1000 - 1), String(NOW)]) {
        const err = await fail(authorizeRequest(provider(slug), { ...SECRETS[slug], access_token_expires_at: expiredAt }, req(url), deps));
        expect(err, expiredAt).toBeInstanceOf(CredentialsExpired);
        expect(err?.message).not.toContain(SECRETS[slug].access_token);
      }
      const live = { ...SECRETS[slug], access_token_expires_at: '2026-11-25T13:00:00Z' };
      const out = await authorizeRequest(provider(slug), live, req(url), deps);
      expect(out.headers.get('authorization')).toBe(`Bearer ${SECRETS[slug].access_token}`);
    });
  }

  it('linkedin: adds LinkedIn-Version and Rest.li 2.0.0 on /rest/ calls only', async () => {
    const out = await authorizeRequest(provider('linkedin'), SECRETS.linkedin, req('https://api.linkedin.com/rest/posts'), deps);
    expect(out.headers.get('linkedin-version')).toBe('202511');
    expect(out.headers.get('x-restli-protocol-version')).toBe('2.0.0');
    const v2 = await authorizeRequest(provider('linkedin'), SECRETS.linkedin, req('https://api.linkedin.com/v2/userinfo'), deps);
    expect(v2.headers.has('linkedin-version')).toBe(false);
  });
});

describe('authorizeRequest: scheme details', () => {
  it('twilio: uses an API key SID and secret when configured', async () => {
    const secrets = { ...SECRETS.twilio, api_key_sid: 'SK123', api_key_secret: 'sk-secret' };
    const out = await authorizeRequest(provider('twilio'), secrets, req('https://api.twilio.com/2010-04-01/Accounts.json'), deps);
    expect(out.headers.get('authorization')).toBe(basic('SK123', 'sk-secret'));
    const half = { ...SECRETS.twilio, api_key_sid: 'SK123' };
    await expect(authorizeRequest(provider('twilio'), half, req('https://api.twilio.com/x'), deps)).rejects.toThrow(/api_key_secret/);
  });

  it('dhl: Tracking host gets DHL-API-Key, MyDHL gets Basic', async () => {
    const secrets = { ...SECRETS.dhl_express, tracking_api_key: 'dhl-track-key' };
    const track = await authorizeRequest(provider('dhl_express'), secrets, req('https://api-eu.dhl.com/track/shipments?trackingNumber=1'), deps);
    expect(track.headers.get('dhl-api-key')).toBe('dhl-track-key');
    expect(track.headers.has('authorization')).toBe(false);
    const mydhl = await authorizeRequest(provider('dhl_express'), secrets, req('https://express.api.dhl.com/mydhlapi/rates'), deps);
    expect(mydhl.headers.get('authorization')).toBe(basic('dhl-api-user', 'dhl-api-secret'));
    await expect(authorizeRequest(provider('dhl_express'), SECRETS.dhl_express, req('https://api-eu.dhl.com/track/shipments'), deps))
      .rejects.toThrow(/tracking_api_key/);
  });

  it('telr: merges ivp_store/ivp_authkey into a JSON body and overrides forged ones in a form', async () => {
    const json = await authorizeRequest(provider('telr'), SECRETS.telr, req('https://secure.telr.com/gateway/order.json', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"ivp_method":"create","ivp_amount":"10.50"}',
    }), deps);
    expect(JSON.parse(dec.decode(json.body!))).toEqual({
      ivp_method: 'create', ivp_amount: '10.50', ivp_store: '25798', ivp_authkey: 'Telr-Auth-Key-9q',
    });
    const form = await authorizeRequest(provider('telr'), SECRETS.telr, req('https://secure.telr.com/gateway/order.json', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'ivp_method=check&ivp_authkey=forged&order_ref=ABC',
    }), deps);
    expect(Object.fromEntries(new URLSearchParams(dec.decode(form.body!)))).toEqual({
      ivp_method: 'check', ivp_authkey: 'Telr-Auth-Key-9q', order_ref: 'ABC', ivp_store: '25798',
    });
  });

  it('aramex: merges ClientInfo into the existing body, JSON in and out', async () => {
    const out = await authorizeRequest(provider('aramex'), { ...SECRETS.aramex, source: '', version: '' },
      req('https://ws.aramex.net/ShippingAPI.V2/Tracking/Service_1_0.svc/json/TrackShipments', {
        method: 'POST', body: '{"Shipments":["123"],"ClientInfo":{"UserName":"forged"}}',
      }), deps);
    const body = JSON.parse(dec.decode(out.body!));
    expect(body.Shipments).toEqual(['123']);
    expect(body.ClientInfo).toEqual({
      UserName: 'aramex-user@example.com', Password: 'Aramex-Pass-1', Version: 'v1.0', AccountNumber: '20016',
      AccountPin: '331421', AccountEntity: 'DXB', AccountCountryCode: 'AE',
    });
    expect(out.headers.get('accept')).toBe('application/json');
    await expect(authorizeRequest(provider('aramex'), SECRETS.aramex, req('https://ws.aramex.net/x', { method: 'POST', body: '[1]' }), deps))
      .rejects.toThrow(/JSON object/);
  });

  it('drops caller credentials and leaves the input request untouched', async () => {
    const input = req('https://api.sendgrid.com/v3/scopes', { headers: { authorization: 'Bearer hub-api-key', cookie: 'sb=1', 'x-trace': 't' } });
    const out = await authorizeRequest(provider('sendgrid'), SECRETS.sendgrid, input, deps);
    expect(out.headers.get('authorization')).toBe(`Bearer ${SECRETS.sendgrid.api_key}`);
    expect(out.headers.has('cookie')).toBe(false);
    expect(out.headers.get('x-trace')).toBe('t');
    expect(input.headers.get('authorization')).toBe('Bearer hub-api-key');
    const telr = await authorizeRequest(provider('telr'), SECRETS.telr, req('https://secure.telr.com/gateway/order.json', {
      method: 'POST', headers: { authorization: 'Bearer hub-api-key' }, body: 'ivp_method=check',
    }), deps);
    expect(telr.headers.has('authorization')).toBe(false);
  });
});
