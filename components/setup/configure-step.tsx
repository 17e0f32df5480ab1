'use client';

import { useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { fill } from '@/lib/i18n/fill';
import type { ProviderOption } from '@/lib/connections/provider-option.schema';
import type { FieldErrors, WizardValues } from '@/lib/connections/wizard-form';
import { FormField } from './form-field';
import { INPUT } from './form-styles';

interface ConfigureStepProps {
  provider: ProviderOption;
  values: WizardValues;
  errors: FieldErrors;
  onChange: (patch: Partial<WizardValues>, affectsTest?: boolean) => void;
}

const ENVIRONMENTS = ['sandbox', 'production'] as const;

/** Step 2: what to call the connection, which environment, and (advanced) a base URL override. */
export function ConfigureStep({ provider, values, errors, onChange }: ConfigureStepProps) {
  const { t } = useI18n();
  const c = t.setupWizard.configure;
  const [advanced, setAdvanced] = useState(Boolean(values.base_url_override));
  const defaultUrl = values.environment === 'sandbox' ? provider.sandbox_base_url ?? provider.production_base_url : provider.production_base_url;
  return (
    <section aria-labelledby="wizard-step-title" className="flex flex-col gap-5">
      <h2 id="wizard-step-title" className="text-lg font-semibold text-slate-900">{fill(c.title, { provider: provider.name })}</h2>
      <FormField id="wizard-name" label={c.name} error={errors.name} errorTest="field-error-name" help={c.nameHelp}>
        {(describedBy) => (
          <input id="wizard-name" value={values.name} onChange={(e) => onChange({ name: e.target.value }, false)} maxLength={120}
            aria-describedby={describedBy} aria-invalid={Boolean(errors.name) || undefined} data-test="wizard-name" className={INPUT} />
        )}
      </FormField>

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-800">{c.environment}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {ENVIRONMENTS.map((value) => {
            const env = { value, label: c[value], help: value === 'sandbox' ? c.sandboxHelp : c.productionHelp };
            return (
              <label key={env.value} className={`flex cursor-pointer gap-3 rounded-lg border bg-white p-3 ${values.environment === env.value ? 'border-indigo-600 ring-2 ring-indigo-600/20' : 'border-slate-300'}`}>
                <input type="radio" name="environment" value={env.value} checked={values.environment === env.value}
                  onChange={() => onChange({ environment: env.value })} data-test={`wizard-environment-${env.value}`} className="mt-1 accent-indigo-600" />
                <span>
                  <span className="block text-sm font-medium text-slate-900">{env.label}</span>
                  <span className="block text-xs text-slate-600">{env.help}</span>
                </span>
              </label>
            );
          })}
        </div>
        {errors.environment ? <p data-test="field-error-environment" className="text-sm text-rose-700">{errors.environment}</p> : null}
        {!provider.sandbox_base_url ? (
          <p className="text-xs text-slate-500">{fill(c.oneHost, { provider: provider.name })}</p>
        ) : null}
      </fieldset>

      <details open={advanced || Boolean(errors.base_url_override)} onToggle={(e) => setAdvanced(e.currentTarget.open)} data-test="wizard-advanced" className="rounded-lg border border-slate-200 bg-slate-50 p-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-800">{c.advanced}</summary>
        <div className="mt-3">
          <FormField id="wizard-base-url" label={c.baseUrl} optional error={errors.base_url_override} errorTest="field-error-base_url_override"
            help={fill(c.baseUrlHelp, { url: defaultUrl, provider: provider.name })}>
            {(describedBy) => (
              <input id="wizard-base-url" dir="ltr" type="url" inputMode="url" value={values.base_url_override} onChange={(e) => onChange({ base_url_override: e.target.value })}
                placeholder={defaultUrl} aria-describedby={describedBy} aria-invalid={Boolean(errors.base_url_override) || undefined}
                data-test="wizard-base-url" className={`${INPUT} font-mono`} />
            )}
          </FormField>
        </div>
      </details>
    </section>
  );
}
