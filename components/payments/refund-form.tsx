'use client';

import { useActionState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { IDLE } from '@/lib/actions/action-state';
import { fill } from '@/lib/i18n/fill';
import { refundPaymentAction } from '@/lib/payments/payments.actions';

interface RefundFormProps {
  paymentId: string;
  /** "AED 749.50": what is left, shown as the default. */
  remainingLabel: string;
  /** New per page render, so a double submit is one refund and the next refund a new one. */
  idempotencyKey: string;
}

const INPUT =
  'rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30';

/** An admin refunds all that is left (amount empty) or part of it. */
export function RefundForm({ paymentId, remainingLabel, idempotencyKey }: RefundFormProps) {
  const { t } = useI18n();
  const f = t.payments.refundForm;
  const [state, action, pending] = useActionState(refundPaymentAction, IDLE);
  const amountError = state.status === 'error' ? state.fieldErrors?.amount?.[0] : undefined;
  return (
    <form action={action} data-test="payment-refund-form" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <input type="hidden" name="payment_id" value={paymentId} />
      <input type="hidden" name="idempotency_key" value={idempotencyKey} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="refund-amount" className="text-xs font-medium text-slate-600">{f.amount}</label>
          <input id="refund-amount" name="amount" inputMode="decimal" placeholder={fill(f.all, { remaining: remainingLabel })} aria-invalid={amountError ? true : undefined}
            aria-describedby={amountError ? 'refund-amount-error' : undefined} data-test="payment-refund-amount-input" className={`${INPUT} w-40`} />
        </div>
        <div className="flex min-w-48 flex-1 flex-col gap-1">
          <label htmlFor="refund-reason" className="text-xs font-medium text-slate-600">{f.reason}</label>
          <input id="refund-reason" name="reason" maxLength={500} data-test="payment-refund-reason" className={INPUT} />
        </div>
        <button type="submit" disabled={pending} data-test="payment-refund-submit"
          className="rounded-lg bg-rose-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-rose-500 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-rose-600">
          {pending ? f.submitting : f.submit}
        </button>
      </div>
      {amountError ? <p id="refund-amount-error" className="text-xs text-rose-700">{amountError}</p> : null}
      {state.status !== 'idle' && state.message && !amountError ? (
        <p role="status" data-test="payment-refund-result" className={`text-sm ${state.status === 'error' ? 'text-rose-700' : 'text-emerald-700'}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
