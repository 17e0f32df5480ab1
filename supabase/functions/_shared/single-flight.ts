/**
 * Runs `run` once per key at a time: callers that ask for a key while its run is in flight
 * share that run's promise; the next call after it settles starts a new one. Per isolate.
 */
export function singleFlight<T>(): (key: string, run: () => Promise<T>) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key, run) => {
    const running = inFlight.get(key);
    if (running) return running;
    const started = run().finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  };
}
