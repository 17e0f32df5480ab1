import type { Sql } from '../db.ts';
import type { Admission } from './admit.ts';

/**
 * Gives back `count` permits leased with `template` and never spent (public.release_permits),
 * in the limit rows and windows they were counted in (the connection's, by row id and
 * reset_at, and for an API key with its own limit, the key's minute).
 */
export async function releasePermits(sql: Sql, connectionId: string, template: Admission, count: number): Promise<void> {
  const windows = (template.limits ?? []).flatMap(({ window, reset_at }) => {
    const id = template.limit_ids?.[window];
    return id ? [{ id, window, reset_at }] : [];
  });
  const keyWindow = template.key_window;
  if (windows.length === 0 && !keyWindow) return; // nothing was counted that could be given back
  await sql`select public.release_permits(${connectionId}, ${count}, ${sql.json(windows)},
    ${keyWindow ? template.caller_id ?? null : null}, ${keyWindow?.started_at ?? null})`;
}
