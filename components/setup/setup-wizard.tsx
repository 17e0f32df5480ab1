'use client';

import { useI18n } from '@/components/providers/locale-provider';
import type { ProviderOption } from '@/lib/connections/provider-option.schema';
import { ConfigureStep } from './configure-step';
import { CredentialsStep } from './credentials-step';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from './form-styles';
import { ProviderStep } from './provider-step';
import { ReviewStep } from './review-step';
import { useSetupWizard, type WizardStep } from './use-setup-wizard';
import { WizardProgress } from './wizard-progress';

/** The four-step setup wizard. Nothing reaches the database before "Create connection". */
export function SetupWizard({ providers }: { providers: readonly ProviderOption[] }) {
  const { t } = useI18n();
  const b = t.setupWizard.buttons;
  const w = useSetupWizard(providers);
  const { step, provider } = w;
  const back = () => w.setStep((step - 1) as WizardStep);

  return (
    <div className="flex flex-col gap-6" data-test="setup-wizard" data-step={step}>
      <WizardProgress current={step} onGoTo={w.setStep} />
      {w.notice ? (
        <p role="alert" data-test="wizard-error" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-800">{w.notice}</p>
      ) : null}

      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        {step === 1 || !provider ? (
          <ProviderStep providers={providers} selected={w.values.provider_slug} onChoose={w.chooseProvider} />
        ) : step === 2 ? (
          <ConfigureStep provider={provider} values={w.values} errors={w.errors} onChange={w.update} />
        ) : step === 3 ? (
          <CredentialsStep provider={provider} values={w.values} errors={w.errors} test={w.test} testing={w.testing} onChange={w.update} onTest={w.runTest} />
        ) : (
          <ReviewStep provider={provider} values={w.values} errors={w.errors} test={w.test} onConfirm={(c) => w.update({ confirm_unverified: c }, false)} />
        )}
      </div>

      {step > 1 && provider ? (
        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-between">
          <button type="button" onClick={back} disabled={w.saving} data-test="wizard-back" className={SECONDARY_BUTTON}>{b.back}</button>
          {step < 4 ? (
            <button type="button" onClick={() => w.continueFrom(step)} data-test="wizard-continue" className={PRIMARY_BUTTON}>{b.continue}</button>
          ) : (
            <button type="button" onClick={w.save} disabled={w.saving} data-test="wizard-create" className={PRIMARY_BUTTON}>
              {w.saving ? b.creating : b.create}
            </button>
          )}
        </div>
      ) : null}
    </div>
  );
}
