import { describe, expect, it } from 'vitest';
import { buildUpstreamUrl, parseProxyPath } from '../../../supabase/functions/_shared/proxy/upstream-url.ts';

const ID = '0a8e3f1c-2b4d-4e6f-8a0b-1c2d3e4f5a6b';

describe('proxy paths', () => {
  it('splits the connection id from the provider path, with or without the gateway prefix', () => {
    expect(parseProxyPath(`/api-proxy/${ID}/v1/balance`)).toEqual({ connectionId: ID, rest: 'v1/balance' });
    expect(parseProxyPath(`/functions/v1/api-proxy/${ID.toUpperCase()}`)).toEqual({ connectionId: ID, rest: '' });
    expect(parseProxyPath(`/api-proxy/${ID}/`)).toEqual({ connectionId: ID, rest: '' });
    expect(parseProxyPath('/api-proxy/not-a-uuid/v1')).toBeNull();
    expect(parseProxyPath('/other/x')).toBeNull();
  });

  it('joins base URL, path and query, keeping the base path', () => {
    expect(buildUpstreamUrl('https://us19.api.mailchimp.com/3.0', 'lists/abc/members', '?count=5').href)
      .toBe('https://us19.api.mailchimp.com/3.0/lists/abc/members?count=5');
    expect(buildUpstreamUrl('https://api.stripe.com', '', '').href).toBe('https://api.stripe.com/');
    expect(buildUpstreamUrl('https://api.stripe.com', 'v1/customers/cus%2F1', '').pathname).toBe('/v1/customers/cus%2F1');
  });

  it('refuses paths that climb out of the base path, however they are spelled', () => {
    for (const rest of ['..', '../x', 'a/../../x', '%2e%2e/x', '.%2E/x', 'a/%2e', '..%2f..%2fadmin', '..%5cadmin', 'x/.']) {
      expect(() => buildUpstreamUrl('https://us19.api.mailchimp.com/3.0', rest, ''), rest).toThrow(/segments/);
    }
  });

  it('keeps the host: what looks like a host in the path stays a path', () => {
    expect(buildUpstreamUrl('https://api.stripe.com', '@evil.example/x', '').host).toBe('api.stripe.com');
    expect(buildUpstreamUrl('https://api.stripe.com', '/evil.example/x', '').host).toBe('api.stripe.com');
  });
});
