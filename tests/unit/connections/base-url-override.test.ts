import { describe, expect, it } from 'vitest';
import { assertOverrideAllowed, type PreparedInput } from '../../../supabase/functions/connection-test/prepare-input.ts';
import { FieldError } from '../../../supabase/functions/connection-test/errors.ts';
import { provider } from '../outbound/catalogue.ts';

const input = (slug: 'stripe' | 'mailchimp', override: string | null, secrets: Record<string, string>): PreparedInput => ({
  provider: provider(slug),
  connection: { environment: 'sandbox', base_url_override: override, settings: {} },
  secrets,
});
const stripe = (override: string | null) => input('stripe', override, { secret_key: 'sk_test_abc' });
const publicDns = async () => ['54.187.174.169'];
const production = { allowPrivate: false, resolve: publicDns };

async function refusal(run: Promise<void>): Promise<{ field: string; message: string } | null> {
  try {
    await run;
    return null;
  } catch (err) {
    if (err instanceof FieldError) return { field: err.field, message: err.message };
    throw err;
  }
}

describe('base URL override: the proxy\'s SSRF rules, applied before a test or a save', () => {
  it('accepts no override, and the provider\'s own host over https resolving publicly', async () => {
    expect(await refusal(assertOverrideAllowed(stripe(null), production))).toBeNull();
    expect(await refusal(assertOverrideAllowed(stripe('https://api.stripe.com'), production))).toBeNull();
  });

  it('refuses other hosts, plain http and hosts resolving to private addresses, on the override field', async () => {
    expect(await refusal(assertOverrideAllowed(stripe('https://evil.example.com'), production))).toEqual({
      field: 'base_url_override', message: expect.stringMatching(/not one of this provider's hosts/),
    });
    expect((await refusal(assertOverrideAllowed(stripe('http://api.stripe.com'), production)))?.message).toMatch(/https/);
    const rebound = { allowPrivate: false, resolve: async () => ['10.0.0.5'] };
    expect((await refusal(assertOverrideAllowed(stripe('https://api.stripe.com'), rebound)))?.message).toMatch(/private, local or reserved/);
    expect((await refusal(assertOverrideAllowed(stripe('https://127.0.0.1'), production)))?.field).toBe('base_url_override');
  });

  it('allows loopback fakes only where the local stack allows private upstreams', async () => {
    expect(await refusal(assertOverrideAllowed(stripe('http://127.0.0.1:9999'), { allowPrivate: true, resolve: publicDns }))).toBeNull();
  });

  it('a credential the provider\'s hosts depend on is reported on that credential (Mailchimp\'s data centre)', async () => {
    const bad = input('mailchimp', 'https://us19.api.mailchimp.com/3.0', { api_key: 'no-suffix-key-0123' });
    expect((await refusal(assertOverrideAllowed(bad, production)))?.field).toBe('credentials.api_key');
  });
});
