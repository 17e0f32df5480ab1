import postgres from 'postgres';

export type Sql = ReturnType<typeof postgres>;

/**
 * One pool per function instance. `prepare: false` because hosted Supabase is reached
 * through the transaction pooler, which cannot keep prepared statements.
 */
export function connect(databaseUrl: string | undefined, max = 10): Sql {
  if (!databaseUrl) throw new Error('SUPABASE_DB_URL is not set for this function');
  return postgres(databaseUrl, { max, prepare: false, idle_timeout: 30, onnotice: () => {} });
}
