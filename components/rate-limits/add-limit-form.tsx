'use client';

import { useActionState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { INPUT, PRIMARY_BUTTON } from '@/components/setup/form-styles';
import { IDLE } from '@/lib/actions/action-state';
import { addRateLimitAction } from '@/lib/rate-limits/rate-limits.actions';
import type { RateWindow } from '@/lib/rate-limits/rate-limits.schema';

/** Admins only: a limit for a window the connection has none for (one row per window). */
export function AddLimitForm({ connectionId, windows }: { connectionId: string; windows: RateWindow[] }) {
  const { t } = useI18n();
  const r = t.rateLimits;
  const [state, action, pending] = useActionState(addRateLimitAction, IDLE);
  const errors = state.status === 'error' ? state.fieldErrors ?? {} : {};
  return (
    <form action={action} data-test="rate-limit-add-form" className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="connection_id" value={connectionId} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="rate-limit-window" className="text-sm font-medium text-slate-800">{r.window}</label>
        <select id="rate-limit-window" name="window_unit" required defaultValue="" data-test="rate-limit-add-window" className={INPUT}>
          <option value="" disabled>{r.chooseWindow}</option>
          {windows.map((w) => <option key={w} value={w}>{r.windows[w] ?? w}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="rate-limit-max" className="text-sm font-medium text-slate-800">{r.limit}</label>
        <input id="rate-limit-max" name="max_requests" type="number" min={1} step={1} required dir="ltr"
          data-test="rate-limit-add-max" className={`${INPUT} w-32 tabular-nums`} />
      </div>
      <button type="submit" disabled={pending} data-test="rate-limit-add-submit" className={PRIMARY_BUTTON}>{pending ? r.adding : r.add}</button>
      {state.status === 'error' ? (
        <p role="alert" data-test="rate-limit-add-error" className="basis-full text-sm text-rose-700">
          {errors.max_requests?.[0] ?? errors.window_unit?.[0] ?? state.message}
        </p>
      ) : null}
      {state.status === 'success' ? <p role="status" data-test="rate-limit-add-done" className="basis-full text-sm text-emerald-700">{state.message}</p> : null}
    </form>
  );
}
