'use client';

import { useActionState, useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { DANGER_BUTTON, SECONDARY_BUTTON } from '@/components/setup/form-styles';
import { IDLE } from '@/lib/actions/action-state';
import { deleteWebhookEndpointAction, setWebhookEndpointActiveAction } from '@/lib/webhooks/manage-endpoint.actions';

/** Admins: enable or disable the endpoint, or delete it (after a second, explicit click). */
export function EndpointManage({ endpointId, active }: { endpointId: string; active: boolean }) {
  const { t } = useI18n();
  const m = t.webhooks.manage;
  const [toggleState, toggle, toggling] = useActionState(setWebhookEndpointActiveAction, IDLE);
  const [deleteState, remove, deleting] = useActionState(deleteWebhookEndpointAction, IDLE);
  const [confirming, setConfirming] = useState(false);

  return (
    <div className="flex flex-col gap-4" data-test="webhook-manage">
      <form action={toggle} className="flex flex-col gap-1.5">
        <input type="hidden" name="endpoint_id" value={endpointId} />
        <input type="hidden" name="active" value={active ? 'false' : 'true'} />
        <p className="text-sm text-slate-700">{active ? m.isActive : m.isInactive}</p>
        <button type="submit" disabled={toggling} data-test={active ? 'webhook-disable' : 'webhook-enable'} className={`${SECONDARY_BUTTON} w-fit`}>
          {toggling ? m.saving : active ? m.disable : m.enable}
        </button>
        {toggleState.status === 'error' ? <p role="alert" className="text-sm text-rose-700">{toggleState.message}</p> : null}
      </form>
      {confirming ? (
        <form action={remove} data-test="webhook-delete-confirm" className="flex flex-col gap-2 rounded-lg border border-rose-200 bg-rose-50 p-3">
          <input type="hidden" name="endpoint_id" value={endpointId} />
          <p className="text-sm text-rose-900">{m.deleteWarning}</p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={deleting} data-test="webhook-delete-submit" className={DANGER_BUTTON}>
              {deleting ? m.deleting : m.deleteConfirm}
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={deleting} className={SECONDARY_BUTTON}>{m.cancel}</button>
          </div>
          {deleteState.status === 'error' ? <p role="alert" className="text-sm text-rose-800">{deleteState.message}</p> : null}
        </form>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} data-test="webhook-delete" className={`${SECONDARY_BUTTON} w-fit text-rose-700`}>
          {m.delete}
        </button>
      )}
    </div>
  );
}
