import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Project root, resolved from this file so commands work from any cwd. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The well-known local-development secrets that `supabase start` prints. They are public
 * on purpose: the same `.env` then works with either local stack. Never used in production.
 */
export const LOCAL_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';
export const LOCAL_ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';
export const LOCAL_SERVICE_ROLE_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU';
/** Local-only credential key (32 bytes, base64). Production sets its own via `supabase secrets set`. */
export const LOCAL_CREDENTIALS_KEY = 'bG9jYWwtZGV2LWNyZWRlbnRpYWwta2V5LTMyLWJ5dGVzIQ==';

const port = z.coerce.number().int().min(1).max(65535);

const StackEnv = z.object({
  SUPABASE_DB_URL: z.string().url().optional(),
  HUB_API_PORT: port.default(54321),
  HUB_DB_PORT: port.default(54322),
  HUB_DASHBOARD_PORT: port.default(3000),
  HUB_FUNCTIONS_PORT: port.default(54329),
  HUB_DATA_DIR: z.string().default(path.join(ROOT, '.data')),
  /** Where the dashboard is built (relative to the project); tests use their own. */
  HUB_NEXT_DIST_DIR: z.string().regex(/^\.next[a-z0-9-]*$/).default('.next'),
  JWT_SECRET: z.string().min(32).default(LOCAL_JWT_SECRET),
  SUPABASE_ANON_KEY: z.string().default(LOCAL_ANON_KEY),
  SUPABASE_SERVICE_ROLE_KEY: z.string().default(LOCAL_SERVICE_ROLE_KEY),
  CREDENTIALS_ENCRYPTION_KEY: z.string().min(32).default(LOCAL_CREDENTIALS_KEY),
  CREDENTIALS_KEY_ID: z.string().default('local-1'),
  SCHEDULER_SECRET: z.string().min(16).default('local-scheduler-secret-not-for-production'),
  // Dashboard ↔ functions: signs the browser's address on calls made for a user (audit trail).
  HUB_FORWARDED_IP_SECRET: z.string().min(32).default('local-forwarded-ip-secret-not-for-production'),
  /** api-proxy admission: exact (a database round trip per call batch) or lease (see README). */
  PROXY_ADMISSION: z.enum(['exact', 'lease']).default('lease'),
});

export type StackConfig = z.infer<typeof StackEnv> & {
  dbUrl: string;
  apiUrl: string;
  dashboardUrl: string;
  functionsUrl: string;
  embedded: boolean;
};

/** Parses the stack's environment once; a bad variable is named in the error. */
export function loadStackConfig(env: Record<string, string | undefined> = process.env): StackConfig {
  const parsed = StackEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const c = parsed.data;
  return {
    ...c,
    embedded: !c.SUPABASE_DB_URL,
    dbUrl: c.SUPABASE_DB_URL ?? `postgresql://postgres:postgres@127.0.0.1:${c.HUB_DB_PORT}/postgres`,
    apiUrl: `http://127.0.0.1:${c.HUB_API_PORT}`,
    dashboardUrl: `http://127.0.0.1:${c.HUB_DASHBOARD_PORT}`,
    functionsUrl: `http://127.0.0.1:${c.HUB_FUNCTIONS_PORT}`,
  };
}
