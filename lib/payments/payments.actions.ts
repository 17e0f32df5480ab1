'use server';

import { refresh } from 'next/cache';
import type { ActionState } from '@/lib/actions/action-state';
import { memberAction } from '@/lib/actions/define-action';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';
import { callFunctionAsUser, FunctionCallError } from '@/lib/functions/call-function';
import { formatAed } from './format-money';
import { refundFormSchema } from './payments.schema';

interface RefundAnswer {
  refund: { amount_fils: number; status: 'pending' | 'succeeded' };
}

// The refund goes through the payment-processor function as the signed-in user, so the
// function's own rules (admin of the payment's organization, amounts, idempotency) apply;
// the form's idempotency key makes a double submit one refund.
const refund = memberAction(refundFormSchema, 'admin', async (input) => {
  try {
    const answer = await callFunctionAsUser<RefundAnswer>('payment-processor/refund', {
      payment_id: input.payment_id,
      idempotency_key: input.idempotency_key,
      ...(input.amount ? { amount: input.amount } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
    });
    refresh(); // status, refunded amount, history and refunds on the page
    const m = (await getDictionary()).payments.refundResult;
    const template = answer.refund.status === 'pending' ? m.pending : m.succeeded;
    return { status: 'success', message: fill(template, { amount: formatAed(answer.refund.amount_fils) }) };
  } catch (err) {
    if (err instanceof FunctionCallError) return { status: 'error', message: err.message };
    throw err;
  }
});

/** "Refund" on a payment's page: an admin refunds all that is left, or part of it. */
export async function refundPaymentAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return refund(previous, formData);
}
