// Stores verified events. Concurrent deliveries share one ingest_webhook_events statement
// (see the micro-batcher); a batch that fails for anything but an outage is retried item
// by item, so one unstorable payload cannot fail the deliveries it was grouped with.
import { classifyDbError } from '../_shared/webhook-processing/db-errors.ts';
import { createBatcher } from '../_shared/webhook-processing/micro-batcher.ts';
import type { Database } from './database.ts';

export interface IngestItem {
  endpointId: string;
  providerEventId: string;
  eventType: string | null;
  payload: unknown;
  headers: Record<string, string>;
}

export interface Ingested {
  eventId: string;
  duplicate: boolean;
}

/** undefined: the endpoint no longer exists. */
export type Ingest = (item: IngestItem) => Promise<Ingested | undefined>;

async function ingestOne(db: Database, item: IngestItem): Promise<Ingested | undefined> {
  const sql = db.sql();
  const [row] = await sql`
    select event_id, duplicate from public.ingest_webhook_event(${item.endpointId}, ${item.providerEventId},
      ${item.eventType}, ${sql.json(item.payload as never)}, ${sql.json(item.headers)})`;
  return row ? { eventId: row.event_id as string, duplicate: row.duplicate as boolean } : undefined;
}

async function ingestMany(db: Database, items: IngestItem[]): Promise<Array<Ingested | undefined | Error>> {
  if (items.length === 1) return [await ingestOne(db, items[0]!)];
  const sql = db.sql();
  try {
    const rows = await sql`
      select ord, event_id, duplicate from public.ingest_webhook_events(
        ${items.map((i) => i.endpointId)}::uuid[], ${items.map((i) => i.providerEventId)}::text[],
        ${items.map((i) => i.eventType)}::text[],
        -- Sent as JSON text and cast by Postgres: passed as jsonb[] the driver would encode them twice.
        ${items.map((i) => JSON.stringify(i.payload))}::text[]::jsonb[], ${items.map((i) => JSON.stringify(i.headers))}::text[]::jsonb[])`;
    const byOrd = new Map(rows.map((r) => [r.ord as number, { eventId: r.event_id as string, duplicate: r.duplicate as boolean }]));
    return items.map((_, index) => byOrd.get(index + 1));
  } catch (err) {
    if (classifyDbError(err) === 'unavailable') throw err;
    // Settled one by one, so each delivery gets its own answer (and its own error).
    return Promise.all(items.map((item) => ingestOne(db, item).catch((one: unknown) => (one instanceof Error ? one : new Error(String(one))))));
  }
}

export function makeIngest(db: Database, options: { maxBatch: number; maxInFlight: number }): Ingest {
  return createBatcher<IngestItem, Ingested>((items) => ingestMany(db, items), options);
}
