'use client';

import type { ReactNode } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
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
  const { t } = useI18n();
  const r = t.setupWizard.review;
  const filled = provider.credential_fields.filter((f) => (values.credentials[f.name] ?? '').trim() !== '');
  const confirm = needsConfirmation(values.last_test_status);
  return (
    <section aria-labelledby="wizard-step-title" className="flex flex-col gap-5">
      <h2 id="wizard-step-title" className="text-lg font-semibold text-slate-900">{r.title}</h2>
      <dl className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4">
        <Row label={r.provider} test="review-provider">{provider.name} · {t.hub.categories[provider.category]}</Row>
        <Row label={r.name} test="review-name">{values.name.trim()}</Row>
        <Row label={r.environment} test="review-environment">{values.environment === 'production' ? t.setupWizard.configure.production : t.setupWizard.configure.sandbox}</Row>
        <Row label={r.baseUrl} test="review-base-url">
          {values.base_url_override.trim() ? <span dir="ltr" className="font-mono text-xs">{values.base_url_override.trim()}</span> : <span className="font-mono text-xs">{r.providerDefault}</span>}
        </Row>
        {filled.map((field) => (
          <Row key={field.name} label={field.label} test={`review-credential-${field.name}`}>
            <span className="font-mono text-xs">{field.secret ? maskSecret(values.credentials[field.name]!.trim()) : values.credentials[field.name]!.trim()}</span>
          </Row>
        ))}
      </dl>

      {test ? <TestResultPanel result={test} /> : (
        <p data-test="wizard-untested" className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          {r.untested}
        </p>
      )}

      {confirm ? (
        <div className="flex flex-col gap-1">
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" checked={values.confirm_unverified} onChange={(e) => onConfirm(e.target.checked)}
              aria-invalid={Boolean(errors.confirm_unverified) || undefined} aria-describedby={errors.confirm_unverified ? 'confirm-error' : undefined}
              data-test="wizard-confirm-unverified" className="mt-0.5 size-4 accent-indigo-600" />
            <span>{r.confirm}</span>
          </label>
          {errors.confirm_unverified ? (
            <p id="confirm-error" data-test="field-error-confirm_unverified" className="text-sm text-rose-700">{errors.confirm_unverified}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
