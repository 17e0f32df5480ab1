'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/actions/action-state';
import { memberAction } from '@/lib/actions/define-action';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';
import { withRls } from '@/lib/db/with-rls';
import { credentialsSchema, credentialErrors } from '@/supabase/functions/connection-test/connection-input.schema.ts';
import { getConnectionDetail } from './connection-detail';
import { callConnectionTest } from './connection-test-client';
import { deleteInputSchema, renameInputSchema, replaceCredentialInputSchema, setEnabledInputSchema } from './manage.schema';

// Connection changes that need no vault key run here under the admin's RLS (the policies
// let only admins write); replacing a secret goes through the connection-test function.

const messages = async () => (await getDictionary()).connectionPage.results;

async function gone(): Promise<ActionState> {
  return { status: 'error', message: (await messages()).gone };
}

const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === '23505';

const rename = memberAction(renameInputSchema, 'admin', async ({ connection_id, name }, member) => {
  try {
    const rows = await withRls(member.claims, (tx) =>
      tx`update public.integration_connections set name = ${name} where id = ${connection_id} returning id`);
    if (rows.length === 0) return gone();
  } catch (err) {
    if (isUniqueViolation(err)) {
      const m = await messages();
      return { status: 'error', message: m.nameTaken, fieldErrors: { name: [m.nameTakenField] } };
    }
    throw err;
  }
  refresh();
  return { status: 'success', message: (await messages()).renamed };
});

const setEnabled = memberAction(setEnabledInputSchema, 'admin', async ({ connection_id, enabled }, member) => {
  // Disabled connections are skipped by the monitor (and refused by the proxy); enabling
  // puts the connection back in the monitor's rounds.
  const status = enabled ? 'active' : 'disabled';
  const reason = enabled ? null : 'Disabled by an admin';
  const rows = await withRls(member.claims, (tx) =>
    tx`update public.integration_connections set status = ${status}, status_reason = ${reason} where id = ${connection_id} returning id`);
  if (rows.length === 0) return gone();
  refresh();
  const m = await messages();
  return { status: 'success', message: enabled ? m.enabled : m.disabled };
});

const remove = memberAction(deleteInputSchema, 'admin', async ({ connection_id, confirm_name }, member) => {
  const outcome = await withRls(member.claims, async (tx) => {
    const [row] = await tx`select name from public.integration_connections where id = ${connection_id}`;
    if (!row) return 'gone' as const;
    if (row.name !== confirm_name) return 'mismatch' as const;
    // Secrets, limits and health history go with it (foreign keys cascade); the audit keeps a record.
    const deleted = await tx`delete from public.integration_connections where id = ${connection_id} returning id`;
    return deleted.length === 1 ? ('deleted' as const) : ('gone' as const);
  });
  if (outcome === 'gone') return gone();
  if (outcome === 'mismatch') {
    const m = await messages();
    return { status: 'error', message: m.nameMismatch, fieldErrors: { confirm_name: [m.nameMismatchField] } };
  }
  redirect('/integrations');
});

const replaceCredential = memberAction(replaceCredentialInputSchema, 'admin', async ({ connection_id, field, value }, member) => {
  const connection = await withRls(member.claims, (tx) => getConnectionDetail(tx, connection_id));
  if (!connection?.can_manage) return gone();
  const m = await messages();
  // The same schema the wizard and the function use; the function checks again.
  const parsed = credentialsSchema(connection.credential_fields, { only: [field] }).safeParse({ [field]: value });
  if (!parsed.success) return { status: 'error', message: m.correctValue, fieldErrors: { value: [Object.values(credentialErrors(parsed.error))[0] ?? m.invalidValue] } };
  const result = await callConnectionTest<{ hints: Array<{ field: string; hint: string }> }>('credentials', { connection_id, credentials: parsed.data });
  if (!result.ok) return { status: 'error', message: result.message, fieldErrors: result.field ? { value: [result.message] } : undefined };
  refresh();
  return { status: 'success', message: fill(m.saved, { hint: result.data.hints[0]?.hint ?? '••••' }) };
});

export async function renameConnectionAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return rename(previous, formData);
}

export async function setConnectionEnabledAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return setEnabled(previous, formData);
}

export async function deleteConnectionAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return remove(previous, formData);
}

/** Replaces (or first sets) one credential field; only its new hint comes back. */
export async function replaceCredentialAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return replaceCredential(previous, formData);
}
