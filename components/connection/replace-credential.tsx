'use client';

import { useActionState, useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { SecretInput } from '@/components/setup/secret-input';
import { INPUT, PRIMARY_BUTTON, SECONDARY_BUTTON } from '@/components/setup/form-styles';
import { IDLE } from '@/lib/actions/action-state';
import { fill } from '@/lib/i18n/fill';
import type { CredentialField } from '@/lib/connections/provider-option.schema';
import { replaceCredentialAction } from '@/lib/connections/manage.actions';

/** "Replace" (or "Set") for one credential field; the new value goes straight to the vault. */
export function ReplaceCredential({ connectionId, field, isSet }: { connectionId: string; field: CredentialField; isSet: boolean }) {
  const { t } = useI18n();
  const c = t.connectionPage.credentials;
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(async (...args: Parameters<typeof replaceCredentialAction>) => {
    const next = await replaceCredentialAction(...args);
    if (next.status === 'success') setOpen(false);
    return next;
  }, IDLE);
  const id = `replace-${field.name}`;
  const error = state.status === 'error' ? state.fieldErrors?.value?.[0] ?? state.message : null;

  if (!open) {
    return (
      <div className="flex flex-col items-start gap-1 sm:items-end">
        <button type="button" onClick={() => setOpen(true)} data-test={`credential-replace-${field.name}`} className={`${SECONDARY_BUTTON} px-3 py-1 text-xs`}>
          {isSet ? c.replace : c.set}
        </button>
        {state.status === 'success' ? <p role="status" data-test={`credential-saved-${field.name}`} className="text-xs text-emerald-700">{state.message}</p> : null}
      </div>
    );
  }
  return (
    <form action={action} className="flex w-full flex-col gap-2" data-test={`credential-form-${field.name}`}>
      <input type="hidden" name="connection_id" value={connectionId} />
      <input type="hidden" name="field" value={field.name} />
      <label htmlFor={id} className="text-xs font-medium text-slate-700">{fill(c.newValue, { label: field.label })}</label>
      {field.secret ? (
        <SecretInput id={id} name="value" label={field.label} placeholder={field.placeholder} invalid={Boolean(error)} dataTest={`credential-value-${field.name}`} autoFocus />
      ) : (
        <input id={id} name="value" placeholder={field.placeholder} autoComplete="off" autoFocus data-test={`credential-value-${field.name}`} className={`${INPUT} font-mono`} />
      )}
      {error ? <p role="alert" data-test={`credential-error-${field.name}`} className="text-xs text-rose-700">{error}</p> : null}
      <div className="flex gap-2">
        <button type="submit" disabled={pending} data-test={`credential-save-${field.name}`} className={`${PRIMARY_BUTTON} px-3 py-1 text-xs`}>
          {pending ? c.saving : c.save}
        </button>
        <button type="button" onClick={() => setOpen(false)} disabled={pending} className={`${SECONDARY_BUTTON} px-3 py-1 text-xs`}>{c.cancel}</button>
      </div>
    </form>
  );
}
