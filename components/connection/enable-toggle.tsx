'use client';

import { useActionState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { SECONDARY_BUTTON } from '@/components/setup/form-styles';
import { IDLE } from '@/lib/actions/action-state';
import { setConnectionEnabledAction } from '@/lib/connections/manage.actions';

/** Disable stops the monitor and the proxy from using the connection; enable resumes it. */
export function EnableToggle({ connectionId, disabled }: { connectionId: string; disabled: boolean }) {
  const { t } = useI18n();
  const m = t.connectionPage.manage;
  const [state, action, pending] = useActionState(setConnectionEnabledAction, IDLE);
  return (
    <form action={action} className="flex flex-col gap-1.5">
      <input type="hidden" name="connection_id" value={connectionId} />
      <input type="hidden" name="enabled" value={disabled ? 'true' : 'false'} />
      <p className="text-sm font-medium text-slate-800">{disabled ? m.disabledNote : m.inUseNote}</p>
      <button type="submit" disabled={pending} data-test={disabled ? 'connection-enable' : 'connection-disable'} className={`${SECONDARY_BUTTON} w-fit`}>
        {pending ? m.saving : disabled ? m.enable : m.disable}
      </button>
      {state.status === 'error' ? <p role="alert" className="text-sm text-rose-700">{state.message}</p> : null}
    </form>
  );
}
