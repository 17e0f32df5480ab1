import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { asActor, superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

const sql = superuserSql();
const KEY = inject('stack').credentialsKey;
const OTHER_KEY = 'another-credential-key-of-at-least-32-chars';
const SECRET = 'sk_test_51VaultPlaintextMustNeverAppear0042';
let A: Tenant;
let B: Tenant;

beforeAll(async () => {
  A = await createTenant(sql, 'vault-a');
  B = await createTenant(sql, 'vault-b');
});
afterAll(() => sql.end());

describe('credential vault', () => {
  it('an admin stores a secret and gets back only its masked hint', async () => {
    const hint = await asActor(sql, A.admin, async (tx) => {
      const [row] = await tx`select public.set_credential(${A.connectionId}, 'secret_key', ${SECRET}, ${KEY}, 'local-1') as hint`;
      return row!.hint;
    });
    expect(hint).toBe('••••0042');
    // Persist it for the following tests (asActor rolls back).
    await asActor(sql, A.admin, (tx) => tx`select public.set_credential(${A.connectionId}, 'secret_key', ${SECRET}, ${KEY}, 'local-1')`, { commit: true });
  });

  it('no browser role can read the table, and decrypt is not theirs to call', async () => {
    for (const actor of [{ kind: 'anon' as const }, A.viewer, A.admin, B.admin]) {
      await expect(asActor(sql, actor, (tx) => tx`select ciphertext from public.api_credentials`)).rejects.toMatchObject({ code: '42501' });
      await expect(
        asActor(sql, actor, (tx) => tx`select public.decrypt_credential(${'\\x00'}::bytea, ${KEY})`),
      ).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('members see hints of their own organization only; writes need admin of that organization', async () => {
    const mine = await asActor(sql, A.viewer, (tx) => tx`select field, hint, key_id from public.list_credential_hints(${A.connectionId})`);
    expect(mine).toEqual([{ field: 'secret_key', hint: '••••0042', key_id: 'local-1' }]);
    const theirs = await asActor(sql, B.admin, (tx) => tx`select * from public.list_credential_hints(${A.connectionId})`);
    expect(theirs).toEqual([]);
    for (const actor of [A.viewer, B.admin]) {
      await expect(
        asActor(sql, actor, (tx) => tx`select public.set_credential(${A.connectionId}, 'secret_key', 'sk_test_overwrite_attempt', ${KEY}, 'local-1')`),
      ).rejects.toThrow(/connection not found/);
    }
  });

  it('round-trips through encrypt/decrypt for the service role, under two key ids', async () => {
    const out = await asActor(sql, { kind: 'service' }, async (tx) => {
      const [a] = await tx`select public.decrypt_credential(public.encrypt_credential(${SECRET}, ${KEY}), ${KEY}) as v`;
      const [b] = await tx`select public.decrypt_credential(public.encrypt_credential(${SECRET}, ${OTHER_KEY}), ${OTHER_KEY}) as v`;
      const [stored] = await tx`select public.decrypt_credential(ciphertext, ${KEY}) as v from public.api_credentials where connection_id = ${A.connectionId}`;
      return [a!.v, b!.v, stored!.v];
    });
    expect(out).toEqual([SECRET, SECRET, SECRET]);
  });

  it('a wrong or missing key gives a clear error that echoes nothing secret', async () => {
    const attempt = asActor(sql, { kind: 'service' }, (tx) =>
      tx`select public.decrypt_credential(ciphertext, ${OTHER_KEY}) from public.api_credentials where connection_id = ${A.connectionId}`,
    );
    await expect(attempt).rejects.toThrow(/wrong encryption key/);
    await attempt.catch((err: Error) => expect(err.message).not.toContain(OTHER_KEY));
    await expect(asActor(sql, { kind: 'service' }, (tx) => tx`select public.encrypt_credential('x', 'short')`)).rejects.toThrow(/key missing or shorter/);
  });

  it('uses AES-256 and leaves the plaintext nowhere in the table bytes on disk', async () => {
    const [row] = await sql`select ciphertext from public.api_credentials where connection_id = ${A.connectionId}`;
    const ciphertext = row!.ciphertext as Buffer;
    expect(ciphertext.includes(Buffer.from(SECRET))).toBe(false);
    // OpenPGP symmetric-key session packet: header, length, version 4, cipher 9 = AES-256.
    expect([ciphertext[2], ciphertext[3]]).toEqual([4, 9]);
    await sql`checkpoint`;
    const [file] = await sql`select pg_read_binary_file(pg_relation_filepath('public.api_credentials')) as bytes`;
    const onDisk = file!.bytes as Buffer;
    expect(onDisk.length).toBeGreaterThan(0);
    expect(onDisk.includes(ciphertext.subarray(0, 16))).toBe(true);
    expect(onDisk.includes(Buffer.from(SECRET))).toBe(false);
  });
});
