import { describe, expect, it } from 'vitest';
import { maskSecret } from '../../../lib/connections/mask-secret';
import { formatVerdict, needsConfirmation, parseVerdict } from '../../../lib/connections/test-verdict';
import {
  configureErrors,
  credentialFieldErrors,
  formFieldOf,
  toWizardFormData,
  wizardCreateSchema,
  type WizardValues,
} from '../../../lib/connections/wizard-form';
import { provider } from '../outbound/catalogue.ts';

const values: WizardValues = {
  provider_slug: 'stripe', name: ' Stripe shop ', environment: 'sandbox', base_url_override: '',
  credentials: { secret_key: 'sk_test_abc123', publishable_key: '' }, last_test_status: 'down', confirm_unverified: true,
};

describe('the wizard\'s form data', () => {
  it('round-trips through FormData into the create action\'s schema', () => {
    const parsed = wizardCreateSchema.parse(Object.fromEntries(toWizardFormData(values)));
    expect(parsed).toEqual({
      provider_slug: 'stripe', name: 'Stripe shop', environment: 'sandbox', base_url_override: null,
      credentials: { secret_key: 'sk_test_abc123', publishable_key: '' }, last_test_status: 'down', confirm_unverified: 'on',
    });
  });

  it('an unknown test status counts as untested; the confirmation is absent unless ticked', () => {
    const data = toWizardFormData({ ...values, confirm_unverified: false });
    data.set('last_test_status', 'trust-me');
    const parsed = wizardCreateSchema.parse(Object.fromEntries(data));
    expect([parsed.last_test_status, parsed.confirm_unverified]).toEqual(['untested', undefined]);
  });

  it('gives field errors keyed by input name for steps 2 and 3', () => {
    expect(configureErrors({ name: '  ', environment: 'sandbox', base_url_override: 'ftp://x' })).toEqual({
      name: 'Enter a name for this connection.',
      base_url_override: expect.stringMatching(/full URL/),
    });
    expect(credentialFieldErrors(provider('stripe').credential_fields, { secret_key: 'wrong' })).toEqual({
      'credential.secret_key': expect.stringMatching(/^Secret key does not look right/),
    });
    expect(formFieldOf('credentials.secret_key')).toBe('credential.secret_key');
    expect(formFieldOf('base_url_override')).toBe('base_url_override');
  });
});

describe('test verdicts and masks', () => {
  it('carries the verdict through an action message and back', () => {
    expect(parseVerdict(formatVerdict({ status: 'down', message: 'The provider refused (HTTP 401): check: it' }))).toEqual({
      status: 'down', message: 'The provider refused (HTTP 401): check: it',
    });
    expect(parseVerdict('Something went wrong.')).toBeNull();
  });

  it('asks for confirmation only when untested or down', () => {
    expect(['healthy', 'degraded', 'down', 'untested'].map((s) => needsConfirmation(s as never))).toEqual([false, false, true, true]);
  });

  it('masks like the vault: last four only for secrets of 12+ characters', () => {
    expect(maskSecret('sk_test_WizardKey1234567890')).toBe('••••7890');
    expect(maskSecret('short-key')).toBe('••••');
  });
});
