'use server';

import { refresh } from 'next/cache';
import type { ActionState } from '@/lib/actions/action-state';
import { memberAction } from '@/lib/actions/define-action';
import { withRls } from '@/lib/db/with-rls';
import { getDictionary } from '@/lib/i18n/locale.server';
import { saveEmailSettings } from './email-settings';
import { emailSettingsInputSchema } from './email-settings.schema';

type Errors = Awaited<ReturnType<typeof getDictionary>>['notifications']['email']['errors'];

/** The schema's messages are dictionary keys; turn them into the reader's language. */
function translate(state: ActionState, errors: Errors): ActionState {
  if (state.status !== 'error' || !state.fieldErrors) return state;
  const fieldErrors = Object.fromEntries(
    Object.entries(state.fieldErrors).map(([field, keys]) => [field, keys.map((k) => (k in errors ? errors[k as keyof Errors] : k))]),
  );
  return { ...state, message: errors.form, fieldErrors };
}

/** Admins only; RLS and the table's trigger decide again (own SendGrid connection, real addresses). */
export async function saveEmailSettingsAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const dictionary = await getDictionary();
  const t = dictionary.notifications.email;
  const run = memberAction(emailSettingsInputSchema, 'admin', async (input, member): Promise<ActionState> => {
    try {
      await withRls(member.claims, (tx) => saveEmailSettings(tx, member.organizationId, input));
    } catch (error) {
      if ((error as { code?: string }).code === '23514') {
        return { status: 'error', message: t.errors.form, fieldErrors: { sendgrid_connection_id: [t.errors.connection] } };
      }
      throw error;
    }
    refresh();
    return { status: 'success', message: t.saved };
  });
  return translate(await run(previous, formData), t.errors);
}
