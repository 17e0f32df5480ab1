import type { Sql } from '../db.ts';
import { buildEntries } from './build-entries.ts';
import type { LogEntry } from './log-entry.ts';
import { LogQueue } from './log-queue.ts';

/** Supabase's edge runtime keeps a worker alive for promises handed to waitUntil. */
function edgeWaitUntil(): ((promise: Promise<unknown>) => void) | undefined {
  const runtime = (globalThis as { EdgeRuntime?: { waitUntil?: (p: Promise<unknown>) => void } }).EdgeRuntime;
  return runtime?.waitUntil ? (p) => runtime.waitUntil!(p) : undefined;
}

/**
 * integration_logs rows written in the background (public.log_api_calls, many per
 * statement), built and redacted by the writer rather than on the caller's time; a worker
 * being shut down writes what it still holds. `who` names the function in error reports.
 */
export function callLogQueue(sql: Sql, who: string): LogQueue<() => LogEntry> {
  const logs = new LogQueue<() => LogEntry>({
    write: async (batch) => {
      const entries = await buildEntries(batch, (err) => console.error(`${who}: a call log entry could not be built`, err));
      await sql`select public.log_api_calls(${sql.json(entries as unknown as Parameters<typeof sql.json>[0])})`;
    },
    waitUntil: edgeWaitUntil(),
  });
  globalThis.addEventListener('beforeunload', () => void logs.drain());
  return logs;
}
