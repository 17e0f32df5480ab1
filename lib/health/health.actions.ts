'use server';

import { refresh } from 'next/cache';
import type { ActionState } from '@/lib/actions/action-state';
import { z } from 'zod';
import { memberAction } from '@/lib/actions/define-action';
import { getDictionary } from '@/lib/i18n/locale.server';
import { describeVerdict } from './health-verdict';
import { callFunctionAsUser, FunctionCallError } from '@/lib/functions/call-function';

interface HealthMonitorAnswer {
  results?: Array<{ status: 'healthy' | 'degraded' | 'down'; error_class: string | null; http_status: number | null; latency_ms: number | null; message: string }>;
}

const runHealthCheck = memberAction(z.object({ connection_id: z.guid() }), 'admin', async (input) => {
  try {
    const answer = await callFunctionAsUser<HealthMonitorAnswer>('health-monitor', { connection_id: input.connection_id });
    refresh(); // the card's health badge and last-check time
    const result = answer.results?.[0];
    const dictionary = await getDictionary();
    if (!result) return { status: 'success', message: dictionary.hub.checked };
    return { status: 'success', message: `${dictionary.hub.health[result.status]}: ${describeVerdict(result, dictionary.common.verdicts)}` };
  } catch (err) {
    if (err instanceof FunctionCallError) return { status: 'error', message: err.message };
    throw err;
  }
});

/** "Test now": an admin runs one connection's health check through the health monitor. */
export async function runHealthCheckAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return runHealthCheck(previous, formData);
}
