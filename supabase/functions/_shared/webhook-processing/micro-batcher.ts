// Groups concurrent calls into batches without adding a wait: while fewer than
// `maxInFlight` batches run, a call goes out at once (alone, at low load); when all slots
// are busy, calls queue and leave together in the next batch. Under load this turns many
// small statements into few larger ones; when idle it costs nothing.

export interface BatcherOptions {
  maxBatch: number;
  maxInFlight: number;
}

/**
 * `flush` answers one result per item, in order: a value, undefined (no result), or an
 * Error for that item alone. A flush that throws rejects every call of its batch.
 */
export function createBatcher<I, O>(flush: (items: I[]) => Promise<Array<O | undefined | Error>>, options: BatcherOptions) {
  const queue: Array<{ item: I; resolve: (value: O | undefined) => void; reject: (err: unknown) => void }> = [];
  let inFlight = 0;

  function pump(): void {
    while (inFlight < options.maxInFlight && queue.length > 0) {
      const batch = queue.splice(0, options.maxBatch);
      inFlight++;
      flush(batch.map((b) => b.item))
        .then((results) => batch.forEach((b, i) => {
          const result = results[i];
          if (result instanceof Error) b.reject(result);
          else b.resolve(result);
        }), (err) => batch.forEach((b) => b.reject(err)))
        .finally(() => {
          inFlight--;
          pump();
        });
    }
  }

  return (item: I): Promise<O | undefined> =>
    new Promise((resolve, reject) => {
      queue.push({ item, resolve, reject });
      pump();
    });
}
