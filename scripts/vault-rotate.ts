import postgres from 'postgres';
import { z } from 'zod';

/**
 * `npm run vault:rotate`: re-encrypts every stored secret from the old key to the new one,
 * in small batches, while the system keeps running. Before: give the functions the new
 * key as CREDENTIALS_ENCRYPTION_KEY/CREDENTIALS_KEY_ID and the old one in
 * CREDENTIALS_PREVIOUS_KEYS, so reads work for rows on either key. After: drop the old key.
 */
const Env = z.object({
  SUPABASE_DB_URL: z.string().default('postgresql://postgres:postgres@127.0.0.1:54322/postgres'),
  OLD_CREDENTIALS_KEY_ID: z.string().min(1),
  OLD_CREDENTIALS_ENCRYPTION_KEY: z.string().min(32),
  NEW_CREDENTIALS_KEY_ID: z.string().min(1),
  NEW_CREDENTIALS_ENCRYPTION_KEY: z.string().min(32),
  ROTATE_BATCH: z.coerce.number().int().min(1).max(10_000).default(500),
});

const parsed = Env.safeParse(process.env);
if (!parsed.success) {
  const issue = parsed.error.issues[0]!;
  console.error(`vault:rotate: ${issue.path.join('.')} ${issue.message}`);
  process.exit(2);
}
const env = parsed.data;
const sql = postgres(env.SUPABASE_DB_URL, { max: 1, onnotice: () => {} });
let total = 0;
try {
  for (;;) {
    const [row] = await sql.begin(async (tx) => {
      await tx`select set_config('role', 'service_role', true)`;
      return tx`select public.rotate_credentials_key(${env.OLD_CREDENTIALS_KEY_ID}, ${env.OLD_CREDENTIALS_ENCRYPTION_KEY},
        ${env.NEW_CREDENTIALS_KEY_ID}, ${env.NEW_CREDENTIALS_ENCRYPTION_KEY}, ${env.ROTATE_BATCH}) as n`;
    });
    const n = row!.n as number;
    total += n;
    if (n === 0) break;
    console.log(`vault:rotate: ${total} re-encrypted…`);
  }
  console.log(`vault:rotate: done, ${total} secret field(s) now under key ${env.NEW_CREDENTIALS_KEY_ID}`);
} catch (err) {
  // Database errors here never contain key material: keys are bound parameters.
  console.error(`vault:rotate failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await sql.end();
}
