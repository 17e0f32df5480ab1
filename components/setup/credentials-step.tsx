'use client';

import { useI18n } from '@/components/providers/locale-provider';
import { fill } from '@/lib/i18n/fill';
import type { ProviderOption } from '@/lib/connections/provider-option.schema';
import { credentialKey, type FieldErrors, type WizardValues } from '@/lib/connections/wizard-form';
import { CredentialInput } from './credential-input';
import { SECONDARY_BUTTON } from './form-styles';
import { OAuthConnectSlot } from './oauth-connect-slot';
import { TestResultPanel } from './test-result';
import type { TestResult } from './use-setup-wizard';

interface CredentialsStepProps {
  provider: ProviderOption;
  values: WizardValues;
  errors: FieldErrors;
  test: TestResult | null;
  testing: boolean;
  onChange: (patch: Partial<WizardValues>) => void;
  onTest: () => void;
}

/** Step 3: the provider's own credential fields, and "Test connection" with them before saving. */
export function CredentialsStep({ provider, values, errors, test, testing, onChange, onTest }: CredentialsStepProps) {
  const { t } = useI18n();
  const c = t.setupWizard.credentials;
  const setField = (name: string, value: string) => onChange({ credentials: { ...values.credentials, [name]: value } });
  return (
    <section aria-labelledby="wizard-step-title" className="flex flex-col gap-5">
      <div>
        <h2 id="wizard-step-title" className="text-lg font-semibold text-slate-900">{fill(c.title, { provider: provider.name })}</h2>
        <p className="mt-1 text-sm text-slate-600">{c.intro}</p>
      </div>
      <OAuthConnectSlot provider={provider} />
      <div className="flex flex-col gap-4">
        {provider.credential_fields.map((field) => (
          <CredentialInput key={field.name} field={field} value={values.credentials[field.name] ?? ''}
            error={errors[credentialKey(field.name)]} onChange={(value) => setField(field.name, value)} />
        ))}
        {errors[credentialKey('_')] ? <p className="text-sm text-rose-700">{errors[credentialKey('_')]}</p> : null}
      </div>
      <div className="flex flex-col gap-3 border-t border-slate-200 pt-4">
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" onClick={onTest} disabled={testing} data-test="wizard-test" className={SECONDARY_BUTTON}>
            {testing ? c.testing : c.test}
          </button>
          <p className="text-xs text-slate-500">{fill(c.testNote, { provider: provider.name })}</p>
        </div>
        <div aria-live="polite">{test ? <TestResultPanel result={test} /> : null}</div>
      </div>
    </section>
  );
}
