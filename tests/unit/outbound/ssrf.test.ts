import { describe, expect, it } from 'vitest';
import { UpstreamRefused } from '../../../supabase/functions/_shared/outbound/errors.ts';
import { assertAllowedUpstream, type Resolver } from '../../../supabase/functions/_shared/outbound/ssrf.ts';
import { providerHosts, upstreamHosts } from '../../../supabase/functions/_shared/outbound/upstream-hosts.ts';
import { provider } from './catalogue.ts';
import { SECRETS } from '../../support/provider-secrets.ts';

const PUBLIC: Resolver = async () => ['93.184.216.34'];
const dns = (table: Record<string, string[]>): Resolver => async (host) => {
  const found = table[host];
  if (!found) throw new Error(`ENOTFOUND ${host}`);
  return found;
};

async function refusal(url: string, allowedHosts: string[], allowPrivate: boolean, resolve: Resolver = PUBLIC) {
  try {
    await assertAllowedUpstream(new URL(url), { allowedHosts, allowPrivate, resolve });
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(UpstreamRefused);
    return (err as UpstreamRefused).message;
  }
}

describe('assertAllowedUpstream: addresses', () => {
  const CASES: [string, string, Resolver?][] = [
    ['https://127.0.0.1/v1', '127.0.0.1'],
    ['https://10.0.0.5/', '10.0.0.5'],
    ['https://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['https://[::1]/', '::1'],
    ['https://[::ffff:127.0.0.1]/', '::ffff:7f00:1'], // URL normalises the mapped form to hex
    ['https://100.64.1.1/', '100.64.1.1'],
    ['https://0.0.0.0/', '0.0.0.0'],
    ['https://[fd00::1]/', 'fd00::1'],
    ['https://[fe80::1]/', 'fe80::1'],
    ['https://2130706433/', '127.0.0.1'], // decimal form of 127.0.0.1, normalised by URL
    ['https://internal.example.com/', 'internal.example.com', dns({ 'internal.example.com': ['192.168.10.4'] })],
    ['https://mixed.example.com/', 'mixed.example.com', dns({ 'mixed.example.com': ['93.184.216.34', '10.1.1.1'] })],
    ['https://v6.example.com/', 'v6.example.com', dns({ 'v6.example.com': ['::ffff:169.254.169.254'] })],
  ];

  it.each(CASES)('refuses %s, allows it with allowPrivate', async (url, host, resolve) => {
    const message = await refusal(url, [host], false, resolve);
    expect(message).toMatch(/private, local or reserved/);
    // A resolved address is never echoed back.
    if (resolve) for (const address of await resolve(host)) expect(message).not.toContain(address);
    expect(await refusal(url, [host], true, resolve)).toBeNull();
  });

  it('allows a provider host that resolves to public addresses', async () => {
    expect(await refusal('https://api.stripe.com/v1/balance', ['api.stripe.com'], false)).toBeNull();
    expect(await refusal('https://API.Stripe.com./v1', ['api.stripe.com'], false)).toBeNull();
  });

  it('fails closed when the name does not resolve, resolves to nothing, or no resolver is given', async () => {
    expect(await refusal('https://gone.example.com/', ['gone.example.com'], false, dns({}))).toMatch(/could not be resolved/);
    expect(await refusal('https://empty.example.com/', ['empty.example.com'], false, async () => [])).toMatch(/private/);
    await expect(assertAllowedUpstream(new URL('https://api.stripe.com/'), { allowedHosts: ['api.stripe.com'], allowPrivate: false }))
      .rejects.toThrow(/no DNS resolver/);
  });
});

describe('assertAllowedUpstream: scheme, host, userinfo', () => {
  it('requires https unless allowPrivate', async () => {
    expect(await refusal('http://api.stripe.com/v1', ['api.stripe.com'], false)).toMatch(/must use https/);
    expect(await refusal('http://api.stripe.com/v1', ['api.stripe.com'], true)).toBeNull();
  });

  it('refuses other schemes even with allowPrivate', async () => {
    for (const url of ['ftp://api.stripe.com/', 'file:///etc/passwd', 'gopher://api.stripe.com/']) {
      expect(await refusal(url, ['api.stripe.com'], true)).toMatch(/Only http and https/);
    }
  });

  it('refuses hosts outside the allowlist even with allowPrivate', async () => {
    expect(await refusal('https://evil.example.com/', ['api.stripe.com'], false)).toMatch(/not one of/);
    expect(await refusal('https://evil.example.com/', ['api.stripe.com'], true)).toMatch(/not one of/);
    expect(await refusal('https://api.stripe.com.evil.example/', ['api.stripe.com'], true)).toMatch(/not one of/);
  });

  it('refuses credentials in the URL', async () => {
    expect(await refusal('https://user:pw@api.stripe.com/', ['api.stripe.com'], true)).toMatch(/credentials/);
  });
});

describe('upstreamHosts: the allowlist for a connection', () => {
  const prod = { environment: 'production' as const, base_url_override: null };

  it('holds both catalogue hosts and documented extras', () => {
    expect(providerHosts(provider('paypal'), prod, SECRETS.paypal)).toEqual(['api-m.paypal.com', 'api-m.sandbox.paypal.com']);
    expect(providerHosts(provider('mailchimp'), prod, SECRETS.mailchimp)).toEqual(['us19.api.mailchimp.com']);
    expect(providerHosts(provider('dhl_express'), prod, SECRETS.dhl_express)).toContain('api-eu.dhl.com');
  });

  it('refuses an override to another host unless allowPrivate', () => {
    const conn = { environment: 'production' as const, base_url_override: 'https://attacker.example.net/v1' };
    expect(() => upstreamHosts(provider('stripe'), conn, SECRETS.stripe, { allowPrivate: false })).toThrow(UpstreamRefused);
    expect(upstreamHosts(provider('stripe'), conn, SECRETS.stripe, { allowPrivate: true })).toContain('attacker.example.net');
    const local = { environment: 'sandbox' as const, base_url_override: 'http://127.0.0.1:4010' };
    expect(() => upstreamHosts(provider('stripe'), local, SECRETS.stripe, { allowPrivate: false })).toThrow(/not one of/);
  });

  it('accepts an override to one of the provider hosts', () => {
    const eu = { environment: 'production' as const, base_url_override: 'https://api.eu.sendgrid.com/v3' };
    expect(upstreamHosts(provider('sendgrid'), eu, SECRETS.sendgrid, { allowPrivate: false })).toContain('api.eu.sendgrid.com');
  });

  it('refuses an unparseable override', () => {
    const bad = { environment: 'production' as const, base_url_override: 'https://' };
    expect(() => upstreamHosts(provider('stripe'), bad, SECRETS.stripe, { allowPrivate: true })).toThrow(/not a valid URL/);
  });
});
