import type { Sql } from '../db.ts';
import type { Admission } from './admit.ts';

/**
 * Gives back `count` permits leased with `template` and never spent (public.release_permits),
 * in the windows they were counted in: the connection's (by reset_at) and, for an API key
 * with its own limit, the key's minute.
 */
export async function releasePermits(sql: Sql, connectionId: string, template: Admission, count: number): Promise<void> {
  const windows = (template.limits ?? []).map(({ window, reset_at }) => ({ window, reset_at }));
  const keyWindow = template.key_window;
  await sql`select public.release_permits(${connectionId}, ${count}, ${sql.json(windows)},
    ${keyWindow ? template.caller_id ?? null : null}, ${keyWindow?.started_at ?? null})`;
}
