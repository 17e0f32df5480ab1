/**
 * A byte stream fed by an async producer that waits whenever the reader is behind, so
 * a slow download holds back the database cursor instead of filling memory. A reader
 * that goes away makes the next `write` reject, which ends the producer (and rolls back
 * its transaction).
 */
export function pullStream(produce: (write: (text: string) => Promise<void>) => Promise<void>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let demand: (() => void) | null = null;
  let cancelled = false;

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const write = async (text: string) => {
          if (cancelled) throw new Error('export cancelled by the client');
          controller.enqueue(encoder.encode(text));
          while (!cancelled && (controller.desiredSize ?? 0) <= 0) {
            await new Promise<void>((resolve) => (demand = resolve));
          }
          if (cancelled) throw new Error('export cancelled by the client');
        };
        produce(write).then(
          () => !cancelled && controller.close(),
          (error: unknown) => {
            if (cancelled) return;
            console.error('[logs] export failed', error);
            controller.error(error);
          },
        );
      },
      pull() {
        demand?.();
        demand = null;
      },
      cancel() {
        cancelled = true;
        demand?.();
        demand = null;
      },
    },
    { highWaterMark: 4 },
  );
}
