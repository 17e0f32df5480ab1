'use client';

import { useActionState, useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { DANGER_BUTTON, INPUT, SECONDARY_BUTTON } from '@/components/setup/form-styles';
import { IDLE } from '@/lib/actions/action-state';
import { deleteConnectionAction } from '@/lib/connections/manage.actions';

/** Delete, after typing the connection's name: its secrets, limits and history go with it. */
export function DeleteConnection({ connectionId, name }: { connectionId: string; name: string }) {
  const { t } = useI18n();
  const m = t.connectionPage.manage;
  const [before, after] = m.deleteWarning.split('{name}');
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [state, action, pending] = useActionState(deleteConnectionAction, IDLE);
  const error = state.status === 'error' ? state.fieldErrors?.confirm_name?.[0] ?? state.message : null;

  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} data-test="connection-delete" className={`${SECONDARY_BUTTON} w-fit text-rose-700`}>
        {m.delete}
      </button>
    );
  }
  return (
    <form action={action} data-test="delete-confirm" className="flex flex-col gap-2 rounded-lg border border-rose-200 bg-rose-50 p-3">
      <input type="hidden" name="connection_id" value={connectionId} />
      <p className="text-sm text-rose-900">
        {before}<strong className="break-words">{name}</strong>{after}
      </p>
      <label htmlFor="delete-confirm-name" className="text-sm font-medium text-rose-900">{m.deleteConfirm}</label>
      <input id="delete-confirm-name" name="confirm_name" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off"
        aria-invalid={Boolean(error) || undefined} data-test="delete-confirm-name" className={INPUT} />
      {error ? <p role="alert" data-test="delete-error" className="text-sm text-rose-800">{error}</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending || typed.trim() !== name} data-test="delete-submit" className={DANGER_BUTTON}>
          {pending ? m.deleting : m.deletePermanently}
        </button>
        <button type="button" onClick={() => setConfirming(false)} disabled={pending} className={SECONDARY_BUTTON}>{m.cancel}</button>
      </div>
    </form>
  );
}
