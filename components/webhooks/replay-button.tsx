'use client';

import { useActionState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { SECONDARY_BUTTON } from '@/components/setup/form-styles';
import { IDLE } from '@/lib/actions/action-state';
import { replayWebhookEventsAction } from '@/lib/webhooks/replay.actions';

interface ReplayButtonProps {
  endpointId: string;
  /** One event; without it, every dead event of the endpoint. */
  eventId?: string;
  label: string;
  dataTest: string;
  disabled?: boolean;
}

/** Queues events for processing again (admins); the refreshed page shows their new status. */
export function ReplayButton({ endpointId, eventId, label, dataTest, disabled }: ReplayButtonProps) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(replayWebhookEventsAction, IDLE);
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="endpoint_id" value={endpointId} />
      {eventId ? <input type="hidden" name="event_id" value={eventId} /> : null}
      <button type="submit" disabled={pending || disabled} data-test={dataTest} className={`${SECONDARY_BUTTON} px-3 py-1 text-xs`}>
        {pending ? t.webhooks.events.replaying : label}
      </button>
      {state.status === 'error' ? <p role="alert" className="text-xs text-rose-700">{state.message}</p> : null}
      {state.status === 'success' ? <p role="status" data-test={`${dataTest}-done`} className="text-xs text-emerald-700">{state.message}</p> : null}
    </form>
  );
}
