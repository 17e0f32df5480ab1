import type postgres from 'postgres';

/** A connection or a transaction; every query here is a parameterised tagged template. */
export type Db = postgres.ISql;

/** GoTrue's nil instance id, which it writes into instance_id columns. */
export const NIL_INSTANCE_ID = '00000000-0000-0000-0000-000000000000';

/**
 * A bcrypt setting (cost 10) used to burn the same time on an unknown email as on a wrong
 * password, so response time does not reveal which emails are registered.
 */
const TIMING_DUMMY_SALT = '$2a$10$CwTycUXWue0Thq9StjUM0u';

/** The auth.users columns the server reads. The password hash is never selected into JS. */
export interface UserRow {
  id: string;
  aud: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
  email_confirmed_at: Date | null;
  phone_confirmed_at: Date | null;
  last_sign_in_at: Date | null;
  raw_app_meta_data: Record<string, unknown> | null;
  raw_user_meta_data: Record<string, unknown> | null;
  created_at: Date | null;
  updated_at: Date | null;
  banned_until: Date | null;
  is_anonymous: boolean;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);

/** The user object GoTrue returns (models.User); null timestamps are omitted like its omitempty. */
export function userJson(u: UserRow): Record<string, unknown> {
  const confirmedAt = u.email_confirmed_at ?? u.phone_confirmed_at;
  return {
    id: u.id,
    aud: u.aud ?? '',
    role: u.role ?? '',
    email: u.email ?? '',
    email_confirmed_at: iso(u.email_confirmed_at),
    phone: u.phone ?? '',
    phone_confirmed_at: iso(u.phone_confirmed_at),
    confirmed_at: iso(confirmedAt),
    last_sign_in_at: iso(u.last_sign_in_at),
    app_metadata: u.raw_app_meta_data ?? {},
    user_metadata: u.raw_user_meta_data ?? {},
    identities: [],
    created_at: iso(u.created_at),
    updated_at: iso(u.updated_at),
    is_anonymous: u.is_anonymous,
  };
}

export function isBanned(u: UserRow): boolean {
  return !!u.banned_until && u.banned_until.getTime() > Date.now();
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db<UserRow[]>`
    select id, aud, role, email, phone, email_confirmed_at, phone_confirmed_at, last_sign_in_at,
           raw_app_meta_data, raw_user_meta_data, created_at, updated_at, banned_until, is_anonymous
    from auth.users
    where id = ${id}::uuid and deleted_at is null`;
  return row;
}

/**
 * Inserts a confirmed email user. Returns undefined when the email is already registered
 * (compared case-insensitively, as GoTrue does).
 */
export async function createUser(
  db: Db,
  input: { email: string; password: string; data: Record<string, unknown> },
): Promise<UserRow | undefined> {
  const appMeta = db.json({ provider: 'email', providers: ['email'] });
  const userMeta = db.json(input.data as postgres.JSONValue);
  const [row] = await db<UserRow[]>`
    insert into auth.users (
      instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
      confirmation_token, recovery_token, email_change_token_new, email_change,
      raw_app_meta_data, raw_user_meta_data, created_at, updated_at, is_sso_user, is_anonymous
    )
    select ${NIL_INSTANCE_ID}::uuid, gen_random_uuid(), 'authenticated', 'authenticated', ${input.email},
           extensions.crypt(${input.password}, extensions.gen_salt('bf', 10)), now(),
           '', '', '', '',
           ${appMeta}, ${userMeta}, now(), now(), false, false
    where not exists (
      select 1 from auth.users where lower(email) = lower(${input.email}) and is_sso_user = false
    )
    on conflict (email) where is_sso_user = false do nothing
    returning id, aud, role, email, phone, email_confirmed_at, phone_confirmed_at, last_sign_in_at,
              raw_app_meta_data, raw_user_meta_data, created_at, updated_at, banned_until, is_anonymous`;
  return row;
}

/**
 * Looks the user up by email and checks the password in SQL with pgcrypto's bcrypt.
 * Returns the user only when the password matches.
 */
export async function verifyPassword(db: Db, email: string, password: string): Promise<UserRow | undefined> {
  const [row] = await db<(UserRow & { password_ok: boolean })[]>`
    select id, aud, role, email, phone, email_confirmed_at, phone_confirmed_at, last_sign_in_at,
           raw_app_meta_data, raw_user_meta_data, created_at, updated_at, banned_until, is_anonymous,
           case when encrypted_password like ${'$2_$%'}
                then encrypted_password = extensions.crypt(${password}, encrypted_password)
                else false end as password_ok
    from auth.users
    where lower(email) = lower(${email}) and is_sso_user = false and deleted_at is null
    order by created_at
    limit 1`;
  if (!row) {
    await db`select extensions.crypt(${password}, ${TIMING_DUMMY_SALT})`;
    return undefined;
  }
  const { password_ok, ...user } = row;
  return password_ok ? user : undefined;
}

export async function touchLastSignIn(db: Db, id: string): Promise<UserRow> {
  const [row] = await db<UserRow[]>`
    update auth.users set last_sign_in_at = now()
    where id = ${id}::uuid
    returning id, aud, role, email, phone, email_confirmed_at, phone_confirmed_at, last_sign_in_at,
              raw_app_meta_data, raw_user_meta_data, created_at, updated_at, banned_until, is_anonymous`;
  if (!row) throw new Error('user vanished while signing in');
  return row;
}
