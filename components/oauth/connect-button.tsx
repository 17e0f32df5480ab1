'use client';

import { useActionState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '@/components/setup/form-styles';
import { IDLE } from '@/lib/actions/action-state';
import { fill } from '@/lib/i18n/fill';
import { startOAuthConnectAction } from '@/lib/oauth/oauth.actions';

interface ConnectButtonProps {
  connectionId: string;
  providerName: string;
  /** An active connection offers "Reconnect" (a new consent replaces the stored tokens). */
  connected?: boolean;
}

/**
 * "Connect with <provider>": the server action asks the oauth function for a consent URL
 * (state + PKCE kept server-side) and redirects the browser to the provider, which sends it
 * back to this connection's page with ?oauth=success|error.
 */
export function ConnectButton({ connectionId, providerName, connected = false }: ConnectButtonProps) {
  const [state, action, pending] = useActionState(startOAuthConnectAction, IDLE);
  const m = useI18n().t.connectionPage.oauth;
  return (
    <form action={action} className="flex flex-col gap-1.5">
      <input type="hidden" name="connection_id" value={connectionId} />
      <button type="submit" disabled={pending} data-test="oauth-connect" className={`${connected ? SECONDARY_BUTTON : PRIMARY_BUTTON} w-fit`}>
        {fill(pending ? m.opening : connected ? m.reconnect : m.connect, { provider: providerName })}
      </button>
      {state.status === 'error' ? (
        <p role="alert" data-test="oauth-connect-error" className="text-sm text-rose-700">{state.message}</p>
      ) : null}
    </form>
  );
}
