import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import { ROOT } from './config.ts';

export interface FunctionInfo {
  name: string;
  verifyJwt: boolean;
}

const FUNCTIONS_DIR = path.join(ROOT, 'supabase', 'functions');

/**
 * The deployable functions (folders not starting with `_` that have an index.ts) and
 * their verify_jwt from supabase/config.toml. A function missing from config.toml is an
 * error: its auth posture must be stated, not defaulted.
 */
export function loadFunctions(): FunctionInfo[] {
  const config = parse(readFileSync(path.join(ROOT, 'supabase', 'config.toml'), 'utf8')) as {
    functions?: Record<string, { verify_jwt?: boolean }>;
  };
  return readdirSync(FUNCTIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && !d.name.startsWith('.'))
    .filter((d) => existsSync(path.join(FUNCTIONS_DIR, d.name, 'index.ts')))
    .map((d) => {
      const verify = config.functions?.[d.name]?.verify_jwt;
      if (typeof verify !== 'boolean') {
        throw new Error(`supabase/config.toml must set [functions.${d.name}] verify_jwt = true|false`);
      }
      return { name: d.name, verifyJwt: verify };
    });
}
