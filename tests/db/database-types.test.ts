import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/stack/config.ts';
import { generateDatabaseTypes } from '../../scripts/types/generate.ts';

describe('types/database.ts', () => {
  it('matches what Supabase\'s generator makes of the migrated schema (run `npm run gen:types` if not)', async () => {
    const live = await generateDatabaseTypes(inject('stack').dbUrl);
    const committed = readFileSync(path.join(ROOT, 'types/database.ts'), 'utf8');
    expect(committed === live, 'types/database.ts is stale: run `npm run gen:types` and commit it').toBe(true);
  }, 60_000);
});
