'use client';

import { useActionState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { IDLE } from '@/lib/actions/action-state';
import { runHealthCheckAction } from '@/lib/health/health.actions';

/** Runs the connection's health check now and shows the verdict; for admins. */
export function TestNowButton({ connectionId }: { connectionId: string }) {
  const [state, action, pending] = useActionState(runHealthCheckAction, IDLE);
  const { t } = useI18n();
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="connection_id" value={connectionId} />
      <button
        type="submit"
        disabled={pending}
        data-test="connection-test-now"
        className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        {pending ? t.hub.testing : t.hub.testNow}
      </button>
      {state.status !== 'idle' && state.message ? (
        <p role="status" data-test="connection-test-result" className={`text-xs ${state.status === 'error' ? 'text-red-700' : 'text-slate-600'}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
