import type postgres from 'postgres';
import { newRefreshToken } from './tokens.ts';
import { NIL_INSTANCE_ID, type Db } from './users.ts';

export interface SessionRef {
  id: string;
  userId: string;
  createdAt: Date;
}

export type LogoutScope = 'global' | 'local' | 'others';

/** Inserts an auth.sessions row and its first refresh token. */
export async function createSession(
  db: Db,
  userId: string,
  userAgent: string | null,
): Promise<{ session: SessionRef; refreshToken: string }> {
  const [row] = await db<{ id: string; created_at: Date }[]>`
    insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent)
    values (gen_random_uuid(), ${userId}::uuid, now(), now(), 'aal1', ${userAgent})
    returning id, created_at`;
  if (!row) throw new Error('session insert returned nothing');
  const session = { id: row.id, userId, createdAt: row.created_at };
  const refreshToken = await insertRefreshToken(db, session, null);
  return { session, refreshToken };
}

async function insertRefreshToken(db: Db, session: SessionRef, parent: string | null): Promise<string> {
  const token = newRefreshToken();
  await db`
    insert into auth.refresh_tokens (instance_id, token, user_id, revoked, parent, session_id, created_at, updated_at)
    values (${NIL_INSTANCE_ID}::uuid, ${token}, ${session.userId}, false, ${parent}, ${session.id}::uuid, now(), now())`;
  return token;
}

export type RotateResult =
  | { ok: true; session: SessionRef; refreshToken: string }
  | { ok: false; reason: 'not_found' | 'already_used' | 'session_expired' };

/**
 * Exchanges a refresh token for a new one in the same session, atomically: the old token
 * is locked, revoked and becomes the new token's parent. Presenting a revoked token is
 * treated as theft, as GoTrue does with a zero reuse interval: every token of that session
 * is revoked. Failures are returned (not thrown) so that revocation commits.
 */
export async function rotateRefreshToken(sql: postgres.Sql, presented: string): Promise<RotateResult> {
  return sql.begin(async (tx): Promise<RotateResult> => {
    const [row] = await tx<
      { id: string; revoked: boolean | null; session_id: string | null; user_id: string; created_at: Date; not_after: Date | null }[]
    >`
      select rt.id, rt.revoked, rt.session_id, s.user_id::text as user_id, s.created_at, s.not_after
      from auth.refresh_tokens rt
      join auth.sessions s on s.id = rt.session_id
      where rt.token = ${presented}
      for update of rt`;
    if (!row || !row.session_id) return { ok: false, reason: 'not_found' };
    if (row.revoked) {
      await tx`
        update auth.refresh_tokens set revoked = true, updated_at = now()
        where session_id = ${row.session_id}::uuid and revoked is not true`;
      return { ok: false, reason: 'already_used' };
    }
    if (row.not_after && row.not_after.getTime() <= Date.now()) return { ok: false, reason: 'session_expired' };

    await tx`update auth.refresh_tokens set revoked = true, updated_at = now() where id = ${row.id}`;
    await tx`
      update auth.sessions set refreshed_at = timezone('utc', now()), updated_at = now()
      where id = ${row.session_id}::uuid`;
    const session = { id: row.session_id, userId: row.user_id, createdAt: row.created_at };
    const refreshToken = await insertRefreshToken(tx, session, presented);
    return { ok: true, session, refreshToken };
  });
}

export async function sessionExists(db: Db, sessionId: string, userId: string): Promise<boolean> {
  const [row] = await db`
    select 1 from auth.sessions
    where id = ${sessionId}::uuid and user_id = ${userId}::uuid and (not_after is null or not_after > now())`;
  return !!row;
}

/** Deletes the session(s) the scope names, with their refresh tokens. */
export async function logout(sql: postgres.Sql, userId: string, sessionId: string | null, scope: LogoutScope): Promise<void> {
  await sql.begin(async (tx) => {
    if (scope === 'local') {
      if (!sessionId) return;
      await tx`delete from auth.refresh_tokens where session_id = ${sessionId}::uuid`;
      await tx`delete from auth.sessions where id = ${sessionId}::uuid and user_id = ${userId}::uuid`;
    } else if (scope === 'others') {
      await tx`
        delete from auth.refresh_tokens
        where user_id = ${userId} and session_id is distinct from ${sessionId}::uuid`;
      await tx`delete from auth.sessions where user_id = ${userId}::uuid and id is distinct from ${sessionId}::uuid`;
    } else {
      await tx`delete from auth.refresh_tokens where user_id = ${userId}`;
      await tx`delete from auth.sessions where user_id = ${userId}::uuid`;
    }
  });
}
