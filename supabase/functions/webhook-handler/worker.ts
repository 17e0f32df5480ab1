// POST /webhook-handler/_worker: the scheduler's (or the service role's) call that drains
// due events. Claims are SKIP LOCKED, so overlapping runs never take the same event.
import { z } from 'zod';
import type { Caller } from '../_shared/auth/caller.ts';
import type { Sql } from '../_shared/db.ts';
import type { Database } from './database.ts';
import { errorResponse, toErrorResponse } from '../_shared/http/errors.ts';
import { readJson } from '../_shared/http/read-json.ts';
import { classifyDbError } from '../_shared/webhook-processing/db-errors.ts';
import type { ClaimedEvent, Outcome } from './process-event.ts';

const Body = z.object({ limit: z.int().min(1).max(1000).optional(), organization_id: z.uuid().optional() }).strict();

export interface WorkerDeps {
  db: Database;
  identify: (req: Request) => Promise<Caller | null>;
  process: (event: ClaimedEvent, provider: string) => Promise<Outcome>;
  batchSize: number;
  concurrency: number;
  /** Stop claiming new batches after this long; the next scheduled run continues. */
  budgetMs: number;
  maxBatches: number;
}

async function providersOf(sql: Sql, events: ClaimedEvent[]): Promise<Map<string, string>> {
  const ids = [...new Set(events.map((e) => e.connection_id))];
  const rows = await sql`select c.id, p.slug from public.integration_connections c
    join public.integration_providers p on p.id = c.provider_id where c.id in ${sql(ids)}`;
  return new Map(rows.map((r) => [r.id as string, r.slug as string]));
}

/** Runs `fn` over items with at most `limit` in flight. */
async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(lanes);
}

export function makeWorker(deps: WorkerDeps) {
  return async (req: Request): Promise<Response> => {
    try {
      if (req.method !== 'POST') return errorResponse('method_not_allowed', 'Use POST.', { allow: 'POST' });
      const caller = await deps.identify(req);
      if (!caller) return errorResponse('unauthorized', 'The scheduler secret or the service role is required.');
      if (caller.kind === 'user') return errorResponse('forbidden', 'Only the scheduler or the service role runs the worker.');
      const parsed = Body.safeParse(await readJson(req, 4096));
      if (!parsed.success) return errorResponse('bad_request', `Invalid body: ${parsed.error.issues[0]?.message}`);
      const batchSize = parsed.data.limit ?? deps.batchSize;

      const started = Date.now();
      const totals: Record<Outcome, number> & { claimed: number } = { claimed: 0, processed: 0, failed: 0, dead: 0 };
      for (let batch = 0; batch < deps.maxBatches && Date.now() - started < deps.budgetMs; batch++) {
        const sql = deps.db.sql();
        const events = await sql<ClaimedEvent[]>`select * from public.claim_webhook_events(${batchSize}, ${parsed.data.organization_id ?? null})`;
        if (events.length === 0) break;
        totals.claimed += events.length;
        const providers = await providersOf(sql, events);
        await eachLimited(events, deps.concurrency, async (event) => {
          totals[await deps.process(event, providers.get(event.connection_id) ?? 'unknown')]++;
        });
        if (events.length < batchSize) break;
      }
      return Response.json(totals);
    } catch (err) {
      deps.db.failed(err);
      if (classifyDbError(err) === 'unavailable') return errorResponse('unavailable', 'The database is not reachable.');
      return toErrorResponse(err);
    }
  };
}
