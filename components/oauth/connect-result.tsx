import { getDictionary } from '@/lib/i18n/locale.server';

interface ConnectResultProps {
  /** The page's ?oauth= and ?reason= values, as the callback set them. */
  outcome: string | undefined;
  reason: string | undefined;
}

/** The banner after returning from the provider's consent screen. */
export async function ConnectResult({ outcome, reason }: ConnectResultProps) {
  if (outcome !== 'success' && outcome !== 'error') return null;
  const m = (await getDictionary()).connectionPage.oauth;
  if (outcome === 'success') {
    return (
      <p role="status" data-test="oauth-result" data-outcome="success" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
        {m.success}
      </p>
    );
  }
  return (
    <p role="alert" data-test="oauth-result" data-outcome="error" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900">
      {(reason && Object.hasOwn(m.reasons, reason) && m.reasons[reason]) || m.failed}
    </p>
  );
}
