import type { LogEntry } from './log-entry.ts';

/** Entries built between two yields to the event loop. */
const SLICE = 16;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Builds a batch of call-log entries (redaction included) in slices, letting requests that
 * arrived meanwhile run between slices: a batch of hundreds built in one go would hold the
 * event loop for milliseconds and show up as the proxy's tail latency. An entry that cannot
 * be built is reported and skipped, never retried with the batch.
 */
export async function buildEntries(
  batch: ReadonlyArray<() => LogEntry>,
  report: (err: unknown) => void,
  pause: () => Promise<void> = yieldToEventLoop,
): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  for (let i = 0; i < batch.length; i++) {
    if (i > 0 && i % SLICE === 0) await pause();
    try {
      entries.push(batch[i]!());
    } catch (err) {
      report(err);
    }
  }
  return entries;
}
