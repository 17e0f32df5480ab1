import { afterAll, describe, expect, it } from 'vitest';
import { superuserSql } from '../support/db.ts';

const sql = superuserSql();
afterAll(() => sql.end());

async function executableBy(role: string): Promise<string[]> {
  const rows = await sql`
    select n.nspname || '.' || p.proname as name
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname in ('public', 'private') and has_function_privilege(${role}, p.oid, 'execute')
    order by 1`;
  return [...new Set(rows.map((r) => r.name as string))];
}

describe('function privileges', () => {
  it('anon can execute nothing of ours', async () => {
    expect(await executableBy('anon')).toEqual([]);
  });

  it('signed-in users reach only the policy helpers and the narrow entry points made for them', async () => {
    expect(await executableBy('authenticated')).toEqual([
      'private.has_org_role',
      'private.org_ids_with_role',
      'public.create_api_key',
      'public.list_credential_hints',
      'public.mark_notifications_read',
      'public.replay_webhook_events',
      'public.revoke_api_key',
      'public.set_credential',
      'public.webhook_endpoint_stats',
    ]);
  });

  it('every security definer function pins an empty search_path', async () => {
    const loose = await sql`
      select n.nspname || '.' || p.proname as name
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname in ('public', 'private') and p.prosecdef
        and not coalesce(p.proconfig @> array['search_path=""'], false)`;
    expect(loose.map((r) => r.name)).toEqual([]);
  });
});
