import { describe, expect, it } from 'vitest';
import { PROVIDER_SLUGS } from '../../../supabase/functions/_shared/providers/provider.schema.ts';
import {
  baseUrlOverrideSchema,
  credentialErrors,
  credentialsSchema,
} from '../../../supabase/functions/connection-test/connection-input.schema.ts';
import { provider } from '../outbound/catalogue.ts';
import { SECRETS } from '../../support/provider-secrets.ts';

const stripe = provider('stripe').credential_fields;
const errorsOf = (fields = stripe, values: Record<string, unknown> = {}, only?: string[]) => {
  const parsed = credentialsSchema(fields, { only }).safeParse(values);
  return parsed.success ? {} : credentialErrors(parsed.error);
};

describe('credentialsSchema (built from the catalogue, shared by wizard, actions and function)', () => {
  it('accepts every provider\'s made-up credentials and keeps only filled, trimmed fields', () => {
    for (const slug of PROVIDER_SLUGS) {
      const parsed = credentialsSchema(provider(slug).credential_fields).safeParse(SECRETS[slug]);
      expect([slug, parsed.success]).toEqual([slug, true]);
    }
    expect(credentialsSchema(stripe).parse({ secret_key: '  sk_test_abc123  ', webhook_signing_secret: '' })).toEqual({ secret_key: 'sk_test_abc123' });
  });

  it('names the field: required, pattern (with the placeholder, never the value), control characters', () => {
    expect(errorsOf(stripe, {})).toEqual({ secret_key: 'Enter the Secret key.' });
    const bad = errorsOf(stripe, { secret_key: 'pk_live_NOT_A_SECRET_9999' });
    expect(bad.secret_key).toBe('Secret key does not look right — it should look like sk_test_....');
    expect(JSON.stringify(bad)).not.toContain('NOT_A_SECRET');
    expect(errorsOf(stripe, { secret_key: 'sk_test_abc\n123' }).secret_key).toMatch(/line breaks/);
    expect(errorsOf(stripe, { secret_key: 'sk_test_abc', publishable_key: 'nope' })).toEqual({ publishable_key: expect.stringMatching(/^Publishable key does not look right/) });
  });

  it('refuses fields the provider does not define', () => {
    expect(errorsOf(stripe, { secret_key: 'sk_test_abc', api_key: 'x' })._).toMatch(/Unknown credential field: api_key/);
  });

  it('with `only`, checks just those fields and requires each (replacing one secret)', () => {
    expect(errorsOf(stripe, { webhook_signing_secret: 'whsec_abc' }, ['webhook_signing_secret'])).toEqual({});
    expect(errorsOf(stripe, { webhook_signing_secret: '' }, ['webhook_signing_secret'])).toEqual({ webhook_signing_secret: 'Enter the Webhook signing secret.' });
    expect(errorsOf(stripe, { secret_key: 'sk_test_abc' }, ['webhook_signing_secret'])._).toMatch(/Unknown credential field/);
  });
});

describe('baseUrlOverrideSchema', () => {
  it('blank is the provider default; a plain http(s) URL is kept without trailing slashes', () => {
    expect(baseUrlOverrideSchema.parse('')).toBeNull();
    expect(baseUrlOverrideSchema.parse(null)).toBeNull();
    expect(baseUrlOverrideSchema.parse(' https://api.sandbox.example.com/v2/ ')).toBe('https://api.sandbox.example.com/v2');
  });

  it('refuses other schemes, user info, queries and fragments', () => {
    for (const bad of ['ftp://example.com', 'javascript:alert(1)', 'https://user:pw@example.com', 'https://example.com/?a=1', 'https://example.com/#x', 'not a url']) {
      expect([bad, baseUrlOverrideSchema.safeParse(bad).success]).toEqual([bad, false]);
    }
  });
});
