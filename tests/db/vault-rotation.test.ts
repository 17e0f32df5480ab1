import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/stack/config.ts';
import { asActor, superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const sql = superuserSql();
const K1 = 'rotation-test-key-one-32-characters-long!';
const K2 = 'rotation-test-key-two-32-characters-long!';
const K3 = 'rotation-test-key-three-32-characters-long';
const SECRETS = { secret_key: 'sk_test_RotationSecretValue000111', webhook_secret: 'whsec_RotationWebhookSecret2222', publishable_key: 'pk_test_RotationPublishable3333' };
let A: Tenant;
let B: Tenant;
// Key ids unique to this file: rotation re-encrypts every row of a key id in the database.
const RUN = randomUUID().slice(0, 8);
const ID1 = `k1-${RUN}`;
const ID2 = `k2-${RUN}`;
const ID3 = `k3-${RUN}`;

const service = { kind: 'service' as const };
function read(keys: Record<string, string>) {
  return asActor(sql, service, async (tx) => {
    const [row] = await tx`select public.get_connection_secrets(${A.connectionId}, ${tx.json(keys)}, 'service', null, 'test', '10.1.2.3') as s`;
    return row!.s as Record<string, string>;
  }, { commit: true });
}
function rotate(oldId: string, oldKey: string, newId: string, newKey: string, batch: number) {
  return asActor(sql, service, async (tx) => {
    const [row] = await tx`select public.rotate_credentials_key(${oldId}, ${oldKey}, ${newId}, ${newKey}, ${batch}) as n`;
    return row!.n as number;
  }, { commit: true });
}

beforeAll(async () => {
  A = await createTenant(sql, 'rotation-a');
  B = await createTenant(sql, 'rotation-b');
  for (const [field, value] of Object.entries(SECRETS)) {
    await asActor(sql, A.admin, (tx) => tx`select public.set_credential(${A.connectionId}, ${field}, ${value}, ${K1}, ${ID1})`, { commit: true });
  }
});
afterAll(() => sql.end());

describe('vault access, rotation and audit', () => {
  it('the data plane reads every field of a connection with the current key', async () => {
    expect(await read({ [ID1]: K1 })).toEqual(SECRETS);
  });

  it('reads succeed in the middle of a rotation, and a missing key id is a clear error', async () => {
    expect(await rotate(ID1, K1, ID2, K2, 1)).toBe(1);
    const keyIds = await sql`select key_id, count(*)::int as n from public.api_credentials where connection_id = ${A.connectionId} group by 1 order by 1`;
    expect(keyIds).toEqual([{ key_id: ID1, n: 2 }, { key_id: ID2, n: 1 }]);
    expect(await read({ [ID1]: K1, [ID2]: K2 })).toEqual(SECRETS);
    await expect(read({ [ID2]: K2 })).rejects.toThrow(new RegExp(`no encryption key configured for key id ${ID1}`));
    while ((await rotate(ID1, K1, ID2, K2, 1)) > 0);
    expect(await read({ [ID2]: K2 })).toEqual(SECRETS);
  });

  it('npm run vault:rotate re-encrypts everything under a new key id', async () => {
    const { stdout } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/vault-rotate.ts'], {
      cwd: ROOT,
      env: { ...process.env, SUPABASE_DB_URL: inject('stack').dbUrl, OLD_CREDENTIALS_KEY_ID: ID2, OLD_CREDENTIALS_ENCRYPTION_KEY: K2,
             NEW_CREDENTIALS_KEY_ID: ID3, NEW_CREDENTIALS_ENCRYPTION_KEY: K3, ROTATE_BATCH: '2' },
    });
    expect(stdout).toMatch(new RegExp(`done, \\d+ secret field\\(s\\) now under key ${ID3}`));
    expect(stdout).not.toContain(K2);
    expect(await read({ [ID3]: K3 })).toEqual(SECRETS);
    expect(await sql`select count(*)::int as n from public.api_credentials where key_id in (${ID1}, ${ID2})`).toEqual([{ n: 0 }]);
  }, 60_000);

  it('audits writes, decrypts and rotations — with actor and IP — and shows them to admins only', async () => {
    const trail = await asActor(sql, A.admin, (tx) => tx`
      select action, actor_type, fields, host(ip) as ip from public.credential_audit_log where connection_id = ${A.connectionId} order by id`);
    expect(trail.filter((r) => r.action === 'write')).toHaveLength(3);
    expect(trail.filter((r) => r.action === 'write').every((r) => r.actor_type === 'user')).toBe(true);
    expect(trail.filter((r) => r.action === 'rotate').length).toBeGreaterThanOrEqual(3);
    const decrypt = trail.find((r) => r.action === 'decrypt')!;
    expect(decrypt).toMatchObject({ actor_type: 'service', ip: '10.1.2.3' });
    expect((decrypt.fields as string[]).sort()).toEqual(Object.keys(SECRETS).sort());
    expect(await asActor(sql, A.viewer, (tx) => tx`select 1 from public.credential_audit_log where connection_id = ${A.connectionId}`)).toEqual([]);
    expect(await asActor(sql, B.admin, (tx) => tx`select 1 from public.credential_audit_log where connection_id = ${A.connectionId}`)).toEqual([]);
  });

  it('deleting a connection deletes its secrets and records that', async () => {
    const C = await createTenant(sql, 'rotation-c');
    await asActor(sql, C.admin, (tx) => tx`select public.set_credential(${C.connectionId}, 'secret_key', 'sk_test_ToBeDeleted0000', ${K1}, ${ID1})`, { commit: true });
    await asActor(sql, C.admin, (tx) => tx`delete from public.integration_connections where id = ${C.connectionId}`, { commit: true });
    expect(await sql`select count(*)::int as n from public.api_credentials where connection_id = ${C.connectionId}`).toEqual([{ n: 0 }]);
    const [entry] = await sql`select action, purpose from public.credential_audit_log where organization_id = ${C.orgId} and action = 'delete'`;
    expect(entry).toEqual({ action: 'delete', purpose: `connection ${C.connectionId}` });
  });

  it('no secret value appears in any row of any table of the database', async () => {
    const tables = await sql`select n.nspname as s, c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'`;
    const needles = Object.values(SECRETS);
    for (const { s, t } of tables) {
      const rows = await sql.unsafe(`select t::text as row from "${s}"."${t}" t`);
      for (const { row } of rows) for (const needle of needles) expect(row, `${s}.${t}`).not.toContain(needle);
    }
    expect(tables.length).toBeGreaterThan(20);
  });
});

// pg_dump must match the server's major version: Debian's PostgreSQL 15 client dumps the
// CI run on PostgreSQL 15; the embedded 18 server is covered by the row sweep above.
const PG_DUMP_15 = '/usr/lib/postgresql/15/bin/pg_dump';

describe('pg_dump', () => {
  it.runIf(existsSync(PG_DUMP_15))('a full pg_dump of the database contains no secret value (PostgreSQL 15 server)', async () => {
    const [{ major }] = (await sql`select current_setting('server_version_num')::int / 10000 as major`) as unknown as [{ major: number }];
    if (major !== 15) return; // a pg_dump 15 cannot read a newer server; the row sweep covers it
    const dump = execFileSync(PG_DUMP_15, ['--dbname', inject('stack').dbUrl, '--no-owner'], { maxBuffer: 512 * 1024 * 1024 }).toString();
    expect(dump).toContain('api_credentials');
    for (const value of Object.values(SECRETS)) expect(dump).not.toContain(value);
  }, 60_000);
});

describe('notifications', () => {
  it('members mark their own organization\'s notifications read, and nothing else', async () => {
    const [n] = await sql`insert into public.notifications (organization_id, kind, title) values (${A.orgId}, 'system', 'Hello') returning id`;
    const byB = await asActor(sql, B.admin, (tx) => tx`select public.mark_notifications_read(${[n!.id]}::uuid[]) as c`);
    expect(byB[0]!.c).toBe(0);
    const byViewer = await asActor(sql, A.viewer, (tx) => tx`select public.mark_notifications_read(${[n!.id]}::uuid[]) as c`, { commit: true });
    expect(byViewer[0]!.c).toBe(1);
    const [after] = await sql`select read_by from public.notifications where id = ${n!.id}`;
    expect(after!.read_by).toBe(A.viewer.id);
  });
});
