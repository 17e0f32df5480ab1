import 'server-only';
import { callConnectionTest } from '@/lib/connections/connection-test-client';
import { credentialErrors, credentialsSchema } from '@/supabase/functions/connection-test/connection-input.schema.ts';
import type { CredentialField } from '@/supabase/functions/_shared/providers/provider.schema.ts';

export type SecretResult = { ok: true; hint: string } | { ok: false; message: string };

/**
 * Stores the provider's signing secret as a credential of the connection, the way the
 * connection page replaces a secret: checked against the catalogue field here, then
 * written by the connection-test function as the signed-in admin, since only it holds the
 * vault key. Only the masked hint comes back.
 */
export async function storeSigningSecret(connectionId: string, field: CredentialField, value: string): Promise<SecretResult> {
  const parsed = credentialsSchema([field], { only: [field.name] }).safeParse({ [field.name]: value });
  if (!parsed.success) return { ok: false, message: Object.values(credentialErrors(parsed.error))[0] ?? 'Invalid value.' };
  const result = await callConnectionTest<{ hints: Array<{ field: string; hint: string }> }>('credentials', {
    connection_id: connectionId,
    credentials: parsed.data,
  });
  if (!result.ok) return { ok: false, message: result.message };
  return { ok: true, hint: result.data.hints.find((h) => h.field === field.name)?.hint ?? '••••' };
}
