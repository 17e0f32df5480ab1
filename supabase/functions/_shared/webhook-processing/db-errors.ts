// Which database failures mean "try again later" (503: the provider retries and nothing
// is lost) and which mean the delivery itself cannot be stored (400).

export type DbFailure = 'unavailable' | 'bad_input' | 'internal';

const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-4]|40001|40P01|55P03|25006)/;

/**
 * postgres.js raises PostgresError (with a SQLSTATE) for errors the server reports, and
 * plain errors with codes such as ECONNREFUSED or CONNECTION_CLOSED when it cannot talk
 * to the server at all. Anything else is a bug of ours.
 */
export function classifyDbError(err: unknown): DbFailure {
  if (typeof err !== 'object' || err === null) return 'internal';
  const { name, code } = err as { name?: unknown; code?: unknown };
  if (name === 'PostgresError' && typeof code === 'string') {
    if (UNAVAILABLE_SQLSTATE.test(code)) return 'unavailable';
    // 22xxx: data the column types refuse (e.g. \u0000 inside a JSON string for jsonb).
    return code.startsWith('22') ? 'bad_input' : 'internal';
  }
  if (typeof code === 'string' && /^(E[A-Z]+|CONNECT(ION)?_[A-Z_]+|DB_TIMEOUT)$/.test(code)) return 'unavailable';
  return 'internal';
}

/** Rejects with code DB_TIMEOUT when the database does not answer in time (a hung network). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('database timed out'), { code: 'DB_TIMEOUT' })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
