import type { TestResult } from './use-setup-wizard';

const TONE: Record<TestResult['status'], { box: string; title: string }> = {
  healthy: { box: 'border-emerald-200 bg-emerald-50 text-emerald-900', title: 'Connection works' },
  degraded: { box: 'border-amber-200 bg-amber-50 text-amber-900', title: 'Connected, but degraded' },
  down: { box: 'border-rose-200 bg-rose-50 text-rose-900', title: 'Connection failed' },
};

/** The verdict of "Test connection", as the health monitor would classify it. */
export function TestResultPanel({ result }: { result: TestResult }) {
  const tone = TONE[result.status];
  return (
    <div role="status" data-test="wizard-test-result" data-status={result.status} className={`rounded-lg border p-3 text-sm ${tone.box}`}>
      <p className="font-semibold">
        {tone.title} <span className="font-normal">({result.status})</span>
      </p>
      <p data-test="wizard-test-message" className="mt-1 break-words">{result.message}</p>
    </div>
  );
}
