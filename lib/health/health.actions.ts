'use server';

import { refresh } from 'next/cache';
import type { ActionState } from '@/lib/actions/action-state';
import { z } from 'zod';
import { memberAction } from '@/lib/actions/define-action';
import { getDictionary } from '@/lib/i18n/locale.server';
import { callFunctionAsUser, FunctionCallError } from '@/lib/functions/call-function';

interface HealthMonitorAnswer {
  results?: Array<{ status: string; message: string }>;
}

const runHealthCheck = memberAction(z.object({ connection_id: z.guid() }), 'admin', async (input) => {
  try {
    const answer = await callFunctionAsUser<HealthMonitorAnswer>('health-monitor', { connection_id: input.connection_id });
    refresh(); // the card's health badge and last-check time
    const result = answer.results?.[0];
    return { status: 'success', message: result ? `${result.status}: ${result.message}` : (await getDictionary()).hub.checked };
  } catch (err) {
    if (err instanceof FunctionCallError) return { status: 'error', message: err.message };
    throw err;
  }
});

/** "Test now": an admin runs one connection's health check through the health monitor. */
export async function runHealthCheckAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runHealthCheck(previous, formData);
}
