'use client';

import type { ReactNode } from 'react';
import { CATEGORY_LABELS } from '@/components/integrations/category-labels';
import { maskSecret } from '@/lib/connections/mask-secret';
import type { ProviderOption } from '@/lib/connections/provider-option.schema';
import { needsConfirmation } from '@/lib/connections/test-verdict';
import type { FieldErrors, WizardValues } from '@/lib/connections/wizard-form';
import { TestResultPanel } from './test-result';
import type { TestResult } from './use-setup-wizard';

interface ReviewStepProps {
  provider: ProviderOption;
  values: WizardValues;
  errors: FieldErrors;
  test: TestResult | null;
  onConfirm: (confirmed: boolean) => void;
}

function Row({ label, children, test }: { label: string; children: ReactNode; test?: string }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd data-test={test} className="break-words text-sm font-medium text-slate-900 sm:col-span-2">{children}</dd>
    </div>
  );
}

/** Step 4: everything about to be saved, secrets masked exactly as the vault will show them. */
export function ReviewStep({ provider, values, errors, test, onConfirm }: ReviewStepProps) {
  const filled = provider.credential_fields.filter((f) => (values.credentials[f.name] ?? '').trim() !== '');
  const confirm = needsConfirmation(values.last_test_status);
  return (
    <section aria-labelledby="wizard-step-title" className="flex flex-col gap-5">
      <h2 id="wizard-step-title" className="text-lg font-semibold text-slate-900">Review and complete</h2>
      <dl className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4">
        <Row label="Provider" test="review-provider">{provider.name} · {CATEGORY_LABELS[provider.category]}</Row>
        <Row label="Name" test="review-name">{values.name.trim()}</Row>
        <Row label="Environment" test="review-environment">{values.environment === 'production' ? 'Production' : 'Sandbox'}</Row>
        <Row label="Base URL" test="review-base-url">
          <span className="font-mono text-xs">{values.base_url_override.trim() || 'Provider default'}</span>
        </Row>
        {filled.map((field) => (
          <Row key={field.name} label={field.label} test={`review-credential-${field.name}`}>
            <span className="font-mono text-xs">{field.secret ? maskSecret(values.credentials[field.name]!.trim()) : values.credentials[field.name]!.trim()}</span>
          </Row>
        ))}
      </dl>

      {test ? <TestResultPanel result={test} /> : (
        <p data-test="wizard-untested" className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          These credentials have not been tested. Go back to Credentials to run “Test connection”.
        </p>
      )}

      {confirm ? (
        <div className="flex flex-col gap-1">
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" checked={values.confirm_unverified} onChange={(e) => onConfirm(e.target.checked)}
              aria-invalid={Boolean(errors.confirm_unverified) || undefined} aria-describedby={errors.confirm_unverified ? 'confirm-error' : undefined}
              data-test="wizard-confirm-unverified" className="mt-0.5 size-4 accent-indigo-600" />
            <span>Save anyway: I understand this connection has not passed a test and may not work.</span>
          </label>
          {errors.confirm_unverified ? (
            <p id="confirm-error" data-test="field-error-confirm_unverified" className="text-sm text-rose-700">{errors.confirm_unverified}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
