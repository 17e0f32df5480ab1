import 'server-only';
import { z } from 'zod';
import type { Tx } from '@/lib/db/pool.server';
import { providerOptionSchema, type ProviderOption } from './provider-option.schema';

const COLUMNS = ['id', 'slug', 'name', 'category', 'description', 'auth_scheme', 'credential_fields', 'sandbox_base_url', 'production_base_url', 'docs_url'];

/** The active catalogue, by category then name, for the wizard's first step. */
export async function listProviderOptions(tx: Tx): Promise<ProviderOption[]> {
  const rows = await tx`
    select ${tx(COLUMNS)} from public.integration_providers where is_active order by category, name`;
  return z.array(providerOptionSchema).parse(rows);
}

/** One active provider by slug, or null; server actions re-read it rather than trust the form. */
export async function getProviderOption(tx: Tx, slug: string): Promise<ProviderOption | null> {
  const [row] = await tx`select ${tx(COLUMNS)} from public.integration_providers where slug = ${slug} and is_active`;
  return row ? providerOptionSchema.parse(row) : null;
}
