import 'server-only';
import { z } from 'zod';

// Runtime, server-only settings. Not NEXT_PUBLIC_: the same build runs against
// different stacks (tests use other ports), so nothing may be inlined at build time.
const serverEnvSchema = z.object({
  SUPABASE_URL: z.url({ message: 'must be a URL such as http://127.0.0.1:54321' }),
  SUPABASE_ANON_KEY: z.string().min(1, { message: 'must not be empty' }),
  SUPABASE_DB_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// URL' }),
  // Shared with the functions: signs the browser's address on calls made for a user (audit).
  HUB_FORWARDED_IP_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

/** Parses the environment on first use (request time, never at build time). */
export function getServerEnv(): ServerEnv {
  if (cached) return cached;
  const result = serverEnvSchema.safeParse({
    SUPABASE_URL: process.env.SUPABASE_URL,
    SUPABASE_ANON_KEY: process.env.SUPABASE_ANON_KEY,
    SUPABASE_DB_URL: process.env.SUPABASE_DB_URL,
    HUB_FORWARDED_IP_SECRET: process.env.HUB_FORWARDED_IP_SECRET || undefined,
  });
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.input === undefined ? 'is not set' : issue.message}`)
      .join('; ');
    throw new Error(`Invalid server environment — ${problems}`);
  }
  cached = result.data;
  return cached;
}
