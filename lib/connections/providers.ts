import 'server-only';
import type { Tx } from '@/lib/db/pool.server';
import { providerOptionSchema, type ProviderOption } from './provider-option.schema';

const COLUMNS = ['id', 'slug', 'name', 'category', 'description', 'auth_scheme', 'credential_fields', 'sandbox_base_url', 'production_base_url', 'docs_url'];

/**
 * The active catalogue, by category then name, for the wizard's first step. A row this
 * code does not know how to connect (a provider added to the table ahead of its code) is
 * left out and reported, instead of taking the whole wizard down.
 */
export async function listProviderOptions(tx: Tx): Promise<ProviderOption[]> {
  const rows = await tx`
    select ${tx(COLUMNS)} from public.integration_providers where is_active order by category, name`;
  return rows.flatMap((row) => {
    const parsed = providerOptionSchema.safeParse(row);
    if (!parsed.success) console.warn(`[catalogue] provider ${String(row.slug)} skipped: ${parsed.error.issues[0]?.message}`);
    return parsed.success ? [parsed.data] : [];
  });
}

/** One active provider by slug, or null; server actions re-read it rather than trust the form. */
export async function getProviderOption(tx: Tx, slug: string): Promise<ProviderOption | null> {
  const [row] = await tx`select ${tx(COLUMNS)} from public.integration_providers where slug = ${slug} and is_active`;
  return row ? providerOptionSchema.parse(row) : null;
}
