import type postgres from 'postgres';
import type { Sql } from '../db.ts';
import type { CredentialKeys } from '../vault/keys.ts';
import { TOKEN_REFRESH_MARGIN_MS, type CachedToken, type TokenCache } from './token-cache.ts';

// Keys from tokenCacheKey start "oauth2:<connection id>:" when the caller passed one; the
// row then goes when the connection goes.
const CONNECTION_IN_KEY = /^oauth2:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):/i;

/**
 * Client-credentials tokens shared by every isolate and instance, in
 * public.oauth_token_cache: pgcrypto-encrypted under the functions' credential key (the
 * row records the key id, so rotation leaves them readable), readable only by the service
 * role, and served only until TOKEN_REFRESH_MARGIN_MS before expiry. A row this process
 * cannot decrypt (rotated-away key) is a miss, and the next set replaces it.
 */
export class PgTokenCache implements TokenCache {
  constructor(
    private readonly sql: Sql,
    private readonly keys: CredentialKeys,
  ) {}

  async get(key: string): Promise<CachedToken | null> {
    try {
      const [row] = await this.asService((tx) => tx`
        select public.decrypt_credential(c.ciphertext, ${tx.json(this.keys.all)}::jsonb ->> c.key_id) as token,
               (extract(epoch from c.expires_at) * 1000)::float8 as expires_at
          from public.oauth_token_cache c
         where c.cache_key = ${key} and c.key_id in (select jsonb_object_keys(${tx.json(this.keys.all)}::jsonb))
           and c.expires_at > now() + make_interval(secs => ${TOKEN_REFRESH_MARGIN_MS / 1000})`);
      return row ? { token: row.token as string, expiresAt: Number(row.expires_at) } : null;
    } catch {
      return null; // undecryptable or unreachable: fetch a new token rather than fail the call
    }
  }

  async set(key: string, value: CachedToken): Promise<void> {
    const connectionId = CONNECTION_IN_KEY.exec(key)?.[1] ?? null;
    await this.asService(async (tx) => {
      await tx`
        insert into public.oauth_token_cache (cache_key, connection_id, ciphertext, key_id, expires_at)
        values (${key}, ${connectionId}, public.encrypt_credential(${value.token}, ${this.keys.current}), ${this.keys.currentId},
                to_timestamp(${value.expiresAt / 1000}))
        on conflict (cache_key) do update set connection_id = excluded.connection_id, ciphertext = excluded.ciphertext,
          key_id = excluded.key_id, expires_at = excluded.expires_at, updated_at = now()`;
      // Expired rows are useless; clearing a few on each write keeps the table small without a job.
      await tx`delete from public.oauth_token_cache
                where cache_key in (select cache_key from public.oauth_token_cache
                                     where expires_at < now() - interval '1 hour' limit 100)`;
    });
  }

  private async asService<T>(fn: (tx: postgres.TransactionSql) => Promise<T>): Promise<T> {
    const result = await this.sql.begin(async (tx) => {
      await tx`select set_config('role', 'service_role', true), set_config('request.jwt.claims', '{"role":"service_role"}', true)`;
      return fn(tx);
    });
    return result as T;
  }
}
