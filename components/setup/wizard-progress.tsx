'use client';

import { useI18n } from '@/components/providers/locale-provider';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { WizardStep } from './use-setup-wizard';

const STEPS: Array<{ step: WizardStep; key: keyof Dictionary['setupWizard']['progress']['steps'] }> = [
  { step: 1, key: 'provider' },
  { step: 2, key: 'configure' },
  { step: 3, key: 'credentials' },
  { step: 4, key: 'review' },
];

interface WizardProgressProps {
  current: WizardStep;
  /** Earlier steps are links back; later ones open only through "Continue" (it validates). */
  onGoTo: (step: WizardStep) => void;
}

export function WizardProgress({ current, onGoTo }: WizardProgressProps) {
  const { t } = useI18n();
  const p = t.setupWizard.progress;
  return (
    <nav aria-label={p.label}>
      <ol className="grid grid-cols-4 gap-2">
        {STEPS.map(({ step, key }) => {
          const state = step === current ? 'current' : step < current ? 'done' : 'todo';
          const bar = state === 'todo' ? 'bg-slate-200' : 'bg-indigo-600';
          const text = state === 'current' ? 'text-indigo-700 font-semibold' : state === 'done' ? 'text-slate-700' : 'text-slate-400';
          const content = (
            <>
              <span aria-hidden="true" className={`block h-1.5 rounded-full ${bar}`} />
              <span className={`mt-2 block text-xs sm:text-sm ${text}`}>
                <span className="sr-only">{p.step}</span>
                {step}. {p.steps[key]}
              </span>
            </>
          );
          return (
            <li key={step} aria-current={state === 'current' ? 'step' : undefined} data-test={`wizard-progress-${step}`}>
              {state === 'done' ? (
                <button type="button" onClick={() => onGoTo(step)} className="block w-full text-start hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">
                  {content}
                </button>
              ) : (
                content
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
