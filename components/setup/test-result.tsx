'use client';

import { useI18n } from '@/components/providers/locale-provider';
import type { TestResult } from './use-setup-wizard';

const TONE: Record<TestResult['status'], string> = {
  healthy: 'border-emerald-200 bg-emerald-50 text-emerald-900',
  degraded: 'border-amber-200 bg-amber-50 text-amber-900',
  down: 'border-rose-200 bg-rose-50 text-rose-900',
};

/** The verdict of "Test connection", as the health monitor would classify it. */
export function TestResultPanel({ result }: { result: TestResult }) {
  const { t } = useI18n();
  const r = t.setupWizard.testResult;
  return (
    <div role="status" data-test="wizard-test-result" data-status={result.status} className={`rounded-lg border p-3 text-sm ${TONE[result.status]}`}>
      <p className="font-semibold">
        {r[result.status]} <span className="font-normal">({r.status[result.status]})</span>
      </p>
      <p data-test="wizard-test-message" className="mt-1 break-words">{result.message}</p>
    </div>
  );
}
