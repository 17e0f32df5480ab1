import { describe, expect, it } from 'vitest';
import { DEFAULT_GRAPH_API_VERSION, resolveBaseUrl } from '../../../supabase/functions/_shared/outbound/base-url.ts';
import { CredentialsInvalid, CredentialsMissing } from '../../../supabase/functions/_shared/outbound/errors.ts';
import { buildHealthCheckRequest } from '../../../supabase/functions/_shared/outbound/health-request.ts';
import { provider } from './catalogue.ts';
import { SECRETS } from '../../support/provider-secrets.ts';

const sandbox = { environment: 'sandbox' as const, base_url_override: null };
const production = { environment: 'production' as const, base_url_override: null };

describe('resolveBaseUrl', () => {
  it('picks the environment URL', () => {
    expect(resolveBaseUrl(provider('paypal'), sandbox, {})).toBe('https://api-m.sandbox.paypal.com');
    expect(resolveBaseUrl(provider('paypal'), production, {})).toBe('https://api-m.paypal.com');
    expect(resolveBaseUrl(provider('dhl_express'), sandbox, {})).toBe('https://express.api.dhl.com/mydhlapi/test');
  });

  it('falls back to production for providers without a sandbox host', () => {
    expect(resolveBaseUrl(provider('twilio'), sandbox, {})).toBe('https://api.twilio.com/2010-04-01');
    expect(resolveBaseUrl(provider('linkedin'), sandbox, {})).toBe('https://api.linkedin.com');
  });

  it('uses the override as-is, without a trailing slash', () => {
    const conn = { environment: 'production' as const, base_url_override: ' https://api.eu.sendgrid.com/v3/ ' };
    expect(resolveBaseUrl(provider('sendgrid'), conn, {})).toBe('https://api.eu.sendgrid.com/v3');
  });

  it('fills the Mailchimp data centre from the API key suffix', () => {
    expect(resolveBaseUrl(provider('mailchimp'), production, { api_key: 'abc-def-us21' })).toBe('https://us21.api.mailchimp.com/3.0');
  });

  it('refuses a Mailchimp key whose suffix could change the host', () => {
    for (const api_key of ['abc', 'abc-evil.com/x', 'abc-us19.attacker', 'abc-US19', 'abc-']) {
      const err = (() => { try { resolveBaseUrl(provider('mailchimp'), production, { api_key }); } catch (e) { return e; } })();
      expect(err, api_key).toBeInstanceOf(CredentialsInvalid);
      expect((err as Error).message).not.toContain(api_key);
    }
    expect(() => resolveBaseUrl(provider('mailchimp'), production, {})).toThrow(CredentialsMissing);
  });

  it('fills the Graph version: secret, then setting, then the default', () => {
    const fb = provider('facebook');
    expect(resolveBaseUrl(fb, production, {})).toBe(`https://graph.facebook.com/v${DEFAULT_GRAPH_API_VERSION}`);
    expect(resolveBaseUrl(fb, { ...production, settings: { graph_api_version: 'v21.0' } }, {})).toBe('https://graph.facebook.com/v21.0');
    expect(resolveBaseUrl(fb, { ...production, settings: { graph_api_version: 22 } }, { graph_api_version: '23.0' }))
      .toBe('https://graph.facebook.com/v23.0');
    expect(() => resolveBaseUrl(fb, { ...production, settings: { graph_api_version: '21.0/../x' } }, {})).toThrow(CredentialsInvalid);
  });
});

describe('buildHealthCheckRequest placeholders', () => {
  it('percent-encodes credential values put into the path', () => {
    const req = buildHealthCheckRequest(provider('twilio'), production, { ...SECRETS.twilio, account_sid: 'AC1/../x?y' });
    expect(req.url.pathname).toBe('/2010-04-01/Accounts/AC1%2F..%2Fx%3Fy.json');
    expect(req.url.search).toBe('');
  });

  it('names a missing placeholder field', () => {
    expect(() => buildHealthCheckRequest(provider('whatsapp_business'), production, { access_token: 'x' }))
      .toThrow(/phone_number_id/);
  });
});
