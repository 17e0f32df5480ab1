'use client';

import { useState, useTransition } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { IDLE, type ActionState } from '@/lib/actions/action-state';
import type { ProviderOption } from '@/lib/connections/provider-option.schema';
import { parseVerdict, type TestStatus } from '@/lib/connections/test-verdict';
import { createWizardConnectionAction, testWizardConnectionAction } from '@/lib/connections/wizard.actions';
import { configureErrors, credentialFieldErrors, toWizardFormData, type FieldErrors, type WizardValues } from '@/lib/connections/wizard-form';

export type WizardStep = 1 | 2 | 3 | 4;
export interface TestResult {
  status: TestStatus;
  message: string;
}

const EMPTY: WizardValues = {
  provider_slug: '', name: '', environment: 'sandbox', base_url_override: '',
  credentials: {}, last_test_status: 'untested', confirm_unverified: false,
};

function firstErrors(state: ActionState, invalid: string): FieldErrors {
  if (state.status !== 'error' || !state.fieldErrors) return {};
  return Object.fromEntries(Object.entries(state.fieldErrors).map(([key, messages]) => [key, messages[0] ?? invalid]));
}

/** Which step shows a field, so a server refusal brings the admin back to it. */
function stepOf(field: string): WizardStep {
  if (field === 'provider_slug') return 1;
  if (field === 'name' || field === 'environment' || field === 'base_url_override') return 2;
  return field.startsWith('credential.') ? 3 : 4;
}

/**
 * All of the wizard's state lives in the browser until the last step: leaving midway
 * stores nothing. Any change that could change the test's outcome forgets the last test.
 */
export function useSetupWizard(providers: readonly ProviderOption[]) {
  const { t } = useI18n();
  const [step, setStep] = useState<WizardStep>(1);
  const [values, setValues] = useState<WizardValues>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [test, setTest] = useState<TestResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [testing, startTest] = useTransition();
  const [saving, startSave] = useTransition();
  const provider = providers.find((p) => p.slug === values.provider_slug) ?? null;

  function update(patch: Partial<WizardValues>, affectsTest = true) {
    setValues((v) => ({ ...v, ...patch, ...(affectsTest ? { last_test_status: 'untested', confirm_unverified: false } : {}) }));
    if (affectsTest) setTest(null);
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !(key in patch) && !(patch.credentials && key.startsWith('credential.')))));
  }

  function chooseProvider(next: ProviderOption) {
    if (next.slug !== values.provider_slug) {
      setValues({ ...EMPTY, provider_slug: next.slug, name: next.name });
      setTest(null);
      setErrors({});
    }
    setNotice(null);
    setStep(2);
  }

  function continueFrom(current: WizardStep) {
    const found = current === 2 ? configureErrors(values) : current === 3 && provider ? credentialFieldErrors(provider.credential_fields, values.credentials) : {};
    setErrors(found);
    if (Object.keys(found).length === 0) setStep((current + 1) as WizardStep);
  }

  function runTest() {
    if (!provider) return;
    const found = credentialFieldErrors(provider.credential_fields, values.credentials);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setTest(null); // the old verdict no longer describes what is being tested
    startTest(async () => {
      const state = await testWizardConnectionAction(IDLE, toWizardFormData(values));
      const verdict = state.status === 'success' && state.message ? parseVerdict(state.message) : null;
      if (verdict) {
        setTest(verdict);
        setValues((v) => ({ ...v, last_test_status: verdict.status, confirm_unverified: false }));
        setNotice(null);
      } else {
        setTest(null);
        setErrors(firstErrors(state, t.setupWizard.invalid));
        setNotice(state.status === 'error' ? state.message : t.setupWizard.noAnswer);
      }
    });
  }

  function save() {
    startSave(async () => {
      // On success the action redirects to the new connection's page.
      const state = await createWizardConnectionAction(IDLE, toWizardFormData(values));
      if (state.status !== 'error') return;
      const found = firstErrors(state, t.setupWizard.invalid);
      setErrors(found);
      setNotice(state.message);
      const steps = Object.keys(found).map(stepOf);
      if (steps.length > 0) setStep(Math.min(...steps) as WizardStep);
    });
  }

  return { step, setStep, values, update, errors, test, notice, testing, saving, provider, chooseProvider, continueFrom, runTest, save };
}

export type SetupWizardState = ReturnType<typeof useSetupWizard>;
