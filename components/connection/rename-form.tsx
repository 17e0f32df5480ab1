'use client';

import { useActionState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { INPUT, SECONDARY_BUTTON } from '@/components/setup/form-styles';
import { IDLE } from '@/lib/actions/action-state';
import { renameConnectionAction } from '@/lib/connections/manage.actions';

export function RenameForm({ connectionId, name }: { connectionId: string; name: string }) {
  const { t } = useI18n();
  const m = t.connectionPage.manage;
  const [state, action, pending] = useActionState(renameConnectionAction, IDLE);
  const error = state.status === 'error' ? state.fieldErrors?.name?.[0] ?? state.message : null;
  return (
    <form action={action} className="flex flex-col gap-1.5">
      <input type="hidden" name="connection_id" value={connectionId} />
      <label htmlFor="rename-name" className="text-sm font-medium text-slate-800">{m.name}</label>
      <div className="flex gap-2">
        <input id="rename-name" name="name" defaultValue={name} maxLength={120} required aria-invalid={Boolean(error) || undefined}
          aria-describedby={error ? 'rename-error' : undefined} data-test="rename-name" className={`${INPUT} min-w-0`} />
        <button type="submit" disabled={pending} data-test="rename-submit" className={`${SECONDARY_BUTTON} shrink-0`}>
          {pending ? m.saving : m.rename}
        </button>
      </div>
      {error ? <p id="rename-error" role="alert" data-test="rename-error" className="text-sm text-rose-700">{error}</p> : null}
      {state.status === 'success' ? <p role="status" className="text-sm text-emerald-700">{state.message}</p> : null}
    </form>
  );
}
