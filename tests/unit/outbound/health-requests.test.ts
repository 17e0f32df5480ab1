import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderSlug } from '../../../supabase/functions/_shared/providers/provider.schema.ts';
import { DEFAULT_GRAPH_API_VERSION, resolveBaseUrl } from '../../../supabase/functions/_shared/outbound/base-url.ts';
import { buildHealthCheckRequest } from '../../../supabase/functions/_shared/outbound/health-request.ts';
import { sendOutbound } from '../../../supabase/functions/_shared/outbound/send.ts';
import { MemoryTokenCache } from '../../../supabase/functions/_shared/outbound/token-cache.ts';
import { provider } from './catalogue.ts';
import { startFakeProvider, type FakeProvider } from '../../support/fake-provider.ts';
import { basic, SECRETS } from '../../support/provider-secrets.ts';

interface Case {
  slug: ProviderSlug;
  environment: 'sandbox' | 'production';
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  /** Headers that must not be sent (e.g. no Authorization for body-auth providers). */
  absent?: string[];
  form?: Record<string, string>;
  json?: unknown;
}

const S = SECRETS;
const GRAPH = `https://graph.facebook.com/v${DEFAULT_GRAPH_API_VERSION}`;
const FORM = 'application/x-www-form-urlencoded';
const NI = 'application/vnd.ni-identity.v1+json';

const CASES: Case[] = [
  { slug: 'stripe', environment: 'production', method: 'GET', url: 'https://api.stripe.com/v1/balance',
    headers: { authorization: `Bearer ${S.stripe.secret_key}` } },
  { slug: 'paypal', environment: 'sandbox', method: 'POST', url: 'https://api-m.sandbox.paypal.com/v1/oauth2/token',
    headers: { authorization: basic(S.paypal.client_id!, S.paypal.client_secret!), 'content-type': FORM, accept: 'application/json' },
    form: { grant_type: 'client_credentials' } },
  { slug: 'network_international', environment: 'sandbox', method: 'POST',
    url: 'https://api-gateway.sandbox.ngenius-payments.com/identity/auth/access-token',
    headers: { authorization: `Basic ${S.network_international.api_key}`, 'content-type': NI, accept: NI },
    json: { grant_type: 'client_credentials' } },
  { slug: 'telr', environment: 'production', method: 'POST', url: 'https://secure.telr.com/gateway/order.json',
    headers: { 'content-type': FORM }, absent: ['authorization'],
    form: { ivp_method: 'check', ivp_store: S.telr.store_id!, ivp_authkey: S.telr.auth_key! } },
  { slug: 'aramex', environment: 'sandbox', method: 'POST',
    url: 'https://ws.dev.aramex.net/ShippingAPI.V2/Location/Service_1_0.svc/json/FetchCountries',
    headers: { 'content-type': 'application/json', accept: 'application/json' }, absent: ['authorization'],
    json: { ClientInfo: {
      UserName: S.aramex.user_name, Password: S.aramex.password, Version: 'v1.0', AccountNumber: '20016',
      AccountPin: '331421', AccountEntity: 'DXB', AccountCountryCode: 'AE', Source: 24,
    } } },
  { slug: 'dhl_express', environment: 'sandbox', method: 'GET', url: 'https://express.api.dhl.com/mydhlapi/test/address-validate',
    headers: { authorization: basic('dhl-api-user', 'dhl-api-secret') } },
  { slug: 'fedex', environment: 'sandbox', method: 'POST', url: 'https://apis-sandbox.fedex.com/oauth/token',
    headers: { 'content-type': FORM }, absent: ['authorization'],
    form: { grant_type: 'client_credentials', client_id: S.fedex.api_key!, client_secret: S.fedex.secret_key! } },
  { slug: 'smsa', environment: 'sandbox', method: 'GET', url: 'https://ecomapis-sandbox.azurewebsites.net/api/track/statuslookup',
    headers: { apikey: S.smsa.api_key! }, absent: ['authorization'] },
  { slug: 'facebook', environment: 'production', method: 'GET', url: `${GRAPH}/me?fields=id`,
    headers: { authorization: `Bearer ${S.facebook.access_token}` } },
  { slug: 'instagram', environment: 'production', method: 'GET', url: 'https://graph.instagram.com/me?fields=id,username',
    headers: { authorization: `Bearer ${S.instagram.access_token}` } },
  { slug: 'linkedin', environment: 'production', method: 'GET', url: 'https://api.linkedin.com/v2/userinfo',
    headers: { authorization: `Bearer ${S.linkedin.access_token}` }, absent: ['linkedin-version'] },
  { slug: 'tiktok', environment: 'production', method: 'GET', url: 'https://open.tiktokapis.com/v2/user/info/?fields=open_id',
    headers: { authorization: `Bearer ${S.tiktok.access_token}` } },
  { slug: 'mailchimp', environment: 'production', method: 'GET', url: 'https://us19.api.mailchimp.com/3.0/ping',
    headers: { authorization: basic('anystring', S.mailchimp.api_key!) } },
  { slug: 'sendgrid', environment: 'production', method: 'GET', url: 'https://api.sendgrid.com/v3/scopes',
    headers: { authorization: `Bearer ${S.sendgrid.api_key}` } },
  { slug: 'twilio', environment: 'production', method: 'GET',
    url: `https://api.twilio.com/2010-04-01/Accounts/${S.twilio.account_sid}.json`,
    headers: { authorization: basic(S.twilio.account_sid!, S.twilio.auth_token!) } },
  { slug: 'whatsapp_business', environment: 'production', method: 'GET',
    url: `${GRAPH}/1098765432?fields=display_phone_number,verified_name,quality_rating`,
    headers: { authorization: `Bearer ${S.whatsapp_business.access_token}` } },
];

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider({ tokenPaths: ['/v1/oauth2/token', '/oauth/token', '/identity/auth/access-token'] });
});
afterAll(() => fake.close());

describe('health-check requests of all 16 providers', () => {
  it('covers every catalogued provider', () => {
    expect(new Set(CASES.map((c) => c.slug)).size).toBe(16);
  });

  for (const c of CASES) {
    it(`${c.slug}: builds ${c.method} ${c.url}`, () => {
      const conn = { environment: c.environment, base_url_override: null };
      const request = buildHealthCheckRequest(provider(c.slug), conn, S[c.slug]);
      expect(request.method).toBe(c.method);
      expect(request.url.href).toBe(c.url);
    });

    it(`${c.slug}: sends the authorized check to a fake provider`, async () => {
      const p = provider(c.slug);
      // Point the connection at the fake server, keeping the base URL's path (/3.0, /v3, …).
      const realBase = new URL(resolveBaseUrl(p, { environment: c.environment, base_url_override: null }, S[c.slug]));
      const conn = { environment: c.environment, base_url_override: `${fake.origin}${realBase.pathname}` };
      const before = fake.received.length;
      const outcome = await sendOutbound(
        { tokenCache: new MemoryTokenCache(), fetch, now: () => Date.now(), allowPrivate: true },
        p, conn, S[c.slug], buildHealthCheckRequest(p, conn, S[c.slug]), 5000,
      );
      expect(outcome).toMatchObject({ kind: 'response', httpStatus: 200 });
      // Exactly one request: for token-call checks no extra token fetch happens first.
      expect(fake.received.length - before).toBe(1);
      const got = fake.received.at(-1)!;
      const expected = new URL(c.url);
      expect(got.method).toBe(c.method);
      expect(got.path).toBe(expected.pathname + expected.search);
      for (const [name, value] of Object.entries(c.headers)) expect(got.headers[name], name).toBe(value);
      for (const name of c.absent ?? []) expect(got.headers[name], name).toBeUndefined();
      if (c.form) expect(Object.fromEntries(new URLSearchParams(got.body))).toEqual(c.form);
      else if (c.json !== undefined) expect(JSON.parse(got.body)).toEqual(c.json);
      else expect(got.body).toBe('');
    });
  }
});
