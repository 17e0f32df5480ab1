import type { z } from 'zod';
import { ProviderSchema } from '@/supabase/functions/_shared/providers/provider.schema.ts';

/** What the wizard needs of a catalogue entry: identity, how to authenticate, where it lives. */
export const providerOptionSchema = ProviderSchema.pick({
  id: true,
  slug: true,
  name: true,
  category: true,
  description: true,
  auth_scheme: true,
  credential_fields: true,
  sandbox_base_url: true,
  production_base_url: true,
  docs_url: true,
});
export type ProviderOption = z.infer<typeof providerOptionSchema>;
export type { CredentialField, ProviderSlug } from '@/supabase/functions/_shared/providers/provider.schema.ts';
