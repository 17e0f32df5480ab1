'use server';

import { refresh } from 'next/cache';
import type { ActionState } from '@/lib/actions/action-state';
import { memberAction } from '@/lib/actions/define-action';
import { withRls } from '@/lib/db/with-rls';
import { getDictionary } from '@/lib/i18n/locale.server';
import { createApiKey, revokeApiKey } from './api-keys';
import { createApiKeyInputSchema, revokeApiKeyInputSchema, type CreatedKey } from './api-keys.schema';
import type { CreateKeyState } from './create-key.state';

type Errors = Awaited<ReturnType<typeof getDictionary>>['apiKeys']['errors'];

/** The schema's messages are dictionary keys; turn them into the reader's language. */
function translate(state: ActionState, errors: Errors): ActionState {
  if (state.status !== 'error' || !state.fieldErrors) return state;
  const fieldErrors = Object.fromEntries(
    Object.entries(state.fieldErrors).map(([field, keys]) => [field, keys.map((k) => (k in errors ? errors[k as keyof Errors] : k))]),
  );
  return { ...state, fieldErrors };
}

/** Postgres' own refusals (scope trigger, role check) as the form's field errors. */
function refused(error: unknown, t: Errors): ActionState | undefined {
  const code = (error as { code?: string }).code;
  if (code === '42501') return { status: 'error', message: t.connection, fieldErrors: { connection_ids: [t.connection] } };
  if (code === '23514') return { status: 'error', message: t.name, fieldErrors: { name: [t.name] } };
  return undefined;
}

export async function createApiKeyAction(previous: ActionState, formData: FormData): Promise<CreateKeyState> {
  const dictionary = await getDictionary();
  // Captured per call: memberAction's result type has no room for the one-time key.
  let created: CreatedKey | undefined;
  const run = memberAction(createApiKeyInputSchema, 'admin', async (input, member): Promise<ActionState> => {
    try {
      created = await withRls(member.claims, (tx) => createApiKey(tx, member.organizationId, input));
    } catch (error) {
      const state = refused(error, dictionary.apiKeys.errors);
      if (state) return state;
      throw error;
    }
    refresh();
    return { status: 'success', message: dictionary.apiKeys.create.created };
  });
  const state = translate(await run(previous, formData), dictionary.apiKeys.errors);
  return state.status === 'success' && created ? { ...state, created } : state;
}

const revoke = memberAction(revokeApiKeyInputSchema, 'admin', async ({ id }, member) => {
  const t = (await getDictionary()).apiKeys.revoke;
  const revoked = await withRls(member.claims, (tx) => revokeApiKey(tx, id));
  refresh();
  return { status: 'success', message: revoked ? t.done : t.already };
});

export async function revokeApiKeyAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return revoke(previous, formData);
}
