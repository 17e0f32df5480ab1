import { oauthErrorMessage } from '@/lib/oauth/oauth-connect.schema';

interface ConnectResultProps {
  /** The page's ?oauth= and ?reason= values, as the callback set them. */
  outcome: string | undefined;
  reason: string | undefined;
}

/** The banner after returning from the provider's consent screen. */
export function ConnectResult({ outcome, reason }: ConnectResultProps) {
  if (outcome === 'success') {
    return (
      <p role="status" data-test="oauth-result" data-outcome="success" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
        Connected. The tokens are stored encrypted and refreshed before they expire.
      </p>
    );
  }
  if (outcome !== 'error') return null;
  return (
    <p role="alert" data-test="oauth-result" data-outcome="error" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900">
      {oauthErrorMessage(reason)}
    </p>
  );
}
