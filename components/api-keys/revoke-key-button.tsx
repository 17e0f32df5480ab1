'use client';

import { useActionState, useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { DANGER_BUTTON, SECONDARY_BUTTON } from '@/components/setup/form-styles';
import { IDLE } from '@/lib/actions/action-state';
import { revokeApiKeyAction } from '@/lib/api-keys/api-keys.actions';
import { fill } from '@/lib/i18n/fill';

const SMALL = 'px-3 py-1.5 text-xs';

/** Admins only: revoking breaks every service using the key, so it asks first. */
export function RevokeKeyButton({ id, name }: { id: string; name: string }) {
  const { t } = useI18n();
  const r = t.apiKeys.revoke;
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState(revokeApiKeyAction, IDLE);
  if (!confirming) {
    return <button type="button" onClick={() => setConfirming(true)} data-test="api-key-revoke" className={`${SECONDARY_BUTTON} ${SMALL}`}>{r.button}</button>;
  }
  return (
    <form action={action} role="alertdialog" aria-label={r.button} data-test="api-key-revoke-dialog" className="flex max-w-xs flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <p className="text-xs text-slate-700">{fill(r.confirm, { name })}</p>
      <div className="flex gap-2">
        <button type="submit" disabled={pending} data-test="api-key-revoke-confirm" className={`${DANGER_BUTTON} ${SMALL}`}>{r.yes}</button>
        <button type="button" onClick={() => setConfirming(false)} data-test="api-key-revoke-cancel" className={`${SECONDARY_BUTTON} ${SMALL}`}>{r.cancel}</button>
      </div>
      {state.status === 'error' ? <p role="alert" className="text-xs text-rose-700">{state.message}</p> : null}
    </form>
  );
}
