'use server';

import { refresh } from 'next/cache';
import type { ActionState } from '@/lib/actions/action-state';
import { memberAction } from '@/lib/actions/define-action';
import { withRls } from '@/lib/db/with-rls';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';
import { replayInputSchema } from './webhooks.schema';

// public.replay_webhook_events checks the admin role itself and raises P0002 for anyone
// else (or an unknown endpoint); the worker picks replayed events up on its next run.

const NOT_FOUND = 'P0002';

const replay = memberAction(replayInputSchema, 'admin', async ({ endpoint_id, event_id }, member) => {
  const t = (await getDictionary()).webhooks;
  let count: number;
  try {
    const [row] = await withRls(member.claims, (tx) => tx`
      select public.replay_webhook_events(e.id, ${event_id ?? null}::uuid) as count
        from public.webhook_endpoints e where e.id = ${endpoint_id} and e.organization_id = ${member.organizationId}`);
    if (!row) return { status: 'error', message: t.errors.gone };
    count = Number(row.count);
  } catch (err) {
    if ((err as { code?: string }).code === NOT_FOUND) return { status: 'error', message: t.errors.gone };
    throw err;
  }
  // One event that is not this endpoint's changes nothing: as good as gone.
  if (event_id && count === 0) return { status: 'error', message: t.errors.gone };
  refresh();
  return { status: 'success', message: event_id ? t.events.replayed : fill(t.events.replayedDead, { count }) };
});

/** Replays one event (with event_id) or every dead event of the endpoint. */
export async function replayWebhookEventsAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return replay(previous, formData);
}
