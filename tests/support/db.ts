import postgres from 'postgres';
import { inject } from 'vitest';

export type Sql = postgres.Sql;
export type Tx = postgres.TransactionSql;

/** A superuser connection to the test database, for fixtures and inspection only. */
export function superuserSql(): Sql {
  return postgres(inject('stack').dbUrl, { max: 4, onnotice: () => {} });
}

export type Actor =
  | { kind: 'anon' }
  | { kind: 'service' }
  | { kind: 'user'; id: string; email: string };

class Rollback extends Error {}

/**
 * Runs `fn` exactly as PostgREST would for this caller — `set local role` plus
 * request.jwt.claims in one transaction — and rolls everything back afterwards,
 * so each probe leaves the fixtures as they were (unless asked to commit).
 */
export async function asActor<T>(sql: Sql, actor: Actor, fn: (tx: Tx) => Promise<T>, options: { commit?: boolean } = {}): Promise<T> {
  const role = actor.kind === 'anon' ? 'anon' : actor.kind === 'service' ? 'service_role' : 'authenticated';
  const claims =
    actor.kind === 'user'
      ? { sub: actor.id, role, email: actor.email, aud: 'authenticated' }
      : { role };
  let result: T | undefined;
  try {
    await sql.begin(async (tx) => {
      await tx`select set_config('role', ${role}, true), set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`;
      result = await fn(tx);
      if (!options.commit) throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return result as T;
}

/** Whether a statement succeeds for the actor and touches at least one row. */
export async function affects(sql: Sql, actor: Actor, statement: string): Promise<boolean> {
  try {
    return await asActor(sql, actor, async (tx) => (await tx.unsafe(statement)).count > 0);
  } catch (err) {
    const code = (err as { code?: string }).code;
    // 42501 insufficient privilege / RLS violation; P0001 and 23xxx from guards and checks.
    if (code === '42501' || code === 'P0001' || code?.startsWith('23')) return false;
    throw err;
  }
}
