// One claimed event: normalize it, apply its actions and mark it processed in a single
// transaction (so a crash half-way leaves nothing applied and the event due again), or,
// when that fails, record the failure with its next attempt from the backoff schedule.
import { nextAttemptAt } from '../_shared/webhook-processing/backoff.ts';
import { normalizeEvent } from '../_shared/webhook-processing/normalize.ts';
import { applyAction } from './apply-action.ts';
import type { Database } from './database.ts';

export interface ClaimedEvent {
  id: string;
  organization_id: string;
  connection_id: string;
  event_type: string | null;
  payload: unknown;
  attempts: number;
}

export type Outcome = 'processed' | 'failed' | 'dead';

export interface ProcessDeps {
  db: Database;
  now: () => number;
  random: () => number;
}

/** Errors are stored for the admin: the message only (never parameters or payload values). */
const describe = (err: unknown): string => {
  const e = err as { code?: unknown; message?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(err);
  return typeof e?.code === 'string' ? `${e.code}: ${message}` : message;
};

export async function processEvent(deps: ProcessDeps, event: ClaimedEvent, provider: string): Promise<Outcome> {
  const ref = { id: event.id, organizationId: event.organization_id, connectionId: event.connection_id };
  try {
    const actions = normalizeEvent({ id: event.id, provider, eventType: event.event_type, payload: event.payload });
    await deps.db.sql().begin(async (tx) => {
      // Payment status history records this change as the webhook's.
      await tx`select set_config('hub.status_source', 'webhook', true)`;
      const notes: string[] = [];
      for (const [index, action] of actions.entries()) {
        const note = await applyAction(tx, ref, action, index);
        if (note) notes.push(note);
      }
      const note = notes.length > 0 ? notes.join('; ').slice(0, 1000) : null;
      await tx`update public.webhook_events set processing_note = ${note} where id = ${event.id}`;
      await tx`select public.complete_webhook_event(${event.id}, true)`;
    });
    return 'processed';
  } catch (err) {
    const next = nextAttemptAt(event.attempts, deps.now(), deps.random);
    try {
      const [row] = await deps.db.sql()`
        select public.complete_webhook_event(${event.id}, false, ${describe(err)}, ${next}) as status`;
      return row?.status === 'dead' ? 'dead' : 'failed';
    } catch (failure) {
      deps.db.failed(failure);
      // Database gone: the claim's lease expires and the event becomes due again.
      return 'failed';
    }
  }
}
