'use client';

import { useActionState, useState } from 'react';
import { CELL, TIME_CELL } from '@/components/connection/detail-section';
import { useI18n } from '@/components/providers/locale-provider';
import { DANGER_BUTTON, INPUT, SECONDARY_BUTTON } from '@/components/setup/form-styles';
import { IDLE } from '@/lib/actions/action-state';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import { fill } from '@/lib/i18n/fill';
import { removeRateLimitAction, updateRateLimitAction } from '@/lib/rate-limits/rate-limits.actions';
import type { RateLimitView } from '@/lib/rate-limits/rate-limits.schema';

const SMALL = 'px-3 py-1.5 text-xs';

/** One window; admins edit its limit in place or remove it after confirming. */
export function RateLimitRow({ row, canManage }: { row: RateLimitView; canManage: boolean }) {
  const { t } = useI18n();
  const r = t.rateLimits;
  const [saved, save, saving] = useActionState(updateRateLimitAction, IDLE);
  const [removed, remove, removing] = useActionState(removeRateLimitAction, IDLE);
  const [confirming, setConfirming] = useState(false);
  const label = r.windows[row.window_unit] ?? row.window_unit;
  const error = [saved, removed].find((s) => s.status === 'error');
  const formId = `rate-limit-${row.id}`;

  return (
    <tr data-test="rate-limit-editor-row" data-window={row.window_unit} data-limit={row.max_requests}>
      <td className={CELL}>{label}</td>
      <td className={CELL}>
        {canManage ? (
          <form id={formId} action={save} className="flex items-center gap-2">
            <input type="hidden" name="id" value={row.id} />
            <input name="max_requests" type="number" min={1} step={1} required defaultValue={row.max_requests} dir="ltr"
              aria-label={`${r.limit} · ${label}`} data-test="rate-limit-input" className={`${INPUT} w-28 tabular-nums`} />
          </form>
        ) : (
          <span className="tabular-nums" data-test="rate-limit-value">{row.max_requests}</span>
        )}
        {error?.status === 'error' ? <p role="alert" data-test="rate-limit-row-error" className="mt-1 text-xs text-rose-700">{error.fieldErrors?.max_requests?.[0] ?? error.message}</p> : null}
      </td>
      <td className={`${CELL} tabular-nums`} data-test="rate-limit-used">{row.used}</td>
      <td className={`${CELL} tabular-nums`} data-test="rate-limit-remaining">{row.remaining}</td>
      <td className={TIME_CELL} data-test="rate-limit-reset">{formatDubaiDateTime(row.reset_at)}</td>
      {canManage ? (
        <td className={CELL}>
          <div className="flex flex-wrap items-center gap-2">
            <button type="submit" form={formId} disabled={saving} data-test="rate-limit-save" className={`${SECONDARY_BUTTON} ${SMALL}`}>{r.save}</button>
            {confirming ? (
              <form action={remove} className="flex flex-wrap items-center gap-2" data-test="rate-limit-confirm">
                <input type="hidden" name="id" value={row.id} />
                <span className="text-xs text-slate-700">{fill(r.confirmRemove, { window: label })}</span>
                <button type="submit" disabled={removing} data-test="rate-limit-remove-confirm" className={`${DANGER_BUTTON} ${SMALL}`}>{r.remove}</button>
                <button type="button" onClick={() => setConfirming(false)} className={`${SECONDARY_BUTTON} ${SMALL}`}>{r.cancel}</button>
              </form>
            ) : (
              <button type="button" onClick={() => setConfirming(true)} data-test="rate-limit-remove" className={`${SECONDARY_BUTTON} ${SMALL}`}>{r.remove}</button>
            )}
          </div>
        </td>
      ) : null}
    </tr>
  );
}
