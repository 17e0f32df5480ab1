'use client';

import { useActionState, useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '@/components/setup/form-styles';
import { IDLE, type ActionState } from '@/lib/actions/action-state';
import { fill } from '@/lib/i18n/fill';
import { setWebhookSecretAction } from '@/lib/webhooks/manage-endpoint.actions';
import type { CredentialField } from '@/supabase/functions/_shared/providers/provider.schema.ts';
import { MaskedSecretInput } from './masked-secret-input';

interface SigningSecretFormProps {
  endpointId: string;
  field: CredentialField;
  hint: string | null;
}

/** Sets or replaces the provider's signing secret; the value goes to the vault, only the hint comes back. */
export function SigningSecretForm({ endpointId, field, hint }: SigningSecretFormProps) {
  const { t } = useI18n();
  const s = t.webhooks.secret;
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const next = await setWebhookSecretAction(previous, formData);
    if (next.status === 'success') setOpen(false);
    return next;
  }, IDLE);
  const error = state.status === 'error' ? state.fieldErrors?.value?.[0] ?? state.message : null;
  const inputId = `webhook-secret-${endpointId}`;

  return (
    <div className="flex flex-col gap-2" data-test="webhook-secret">
      <p className="text-sm text-slate-700">
        <span className="font-medium">{field.label}: </span>
        {hint ? <span dir="ltr" data-test="webhook-secret-hint" className="font-mono">{hint}</span>
          : <span data-test="webhook-secret-unset" className="text-amber-800">{s.notSet}</span>}
      </p>
      {open ? (
        <form action={action} className="flex flex-col gap-2" data-test="webhook-secret-form">
          <input type="hidden" name="endpoint_id" value={endpointId} />
          <label htmlFor={inputId} className="text-xs font-medium text-slate-700">{fill(s.newValue, { field: field.label })}</label>
          <MaskedSecretInput id={inputId} name="value" label={field.label} placeholder={field.placeholder} masked={field.secret}
            invalid={Boolean(error)} dataTest="webhook-secret-value" autoFocus />
          {error ? <p role="alert" data-test="webhook-secret-error" className="text-xs text-rose-700">{error}</p> : null}
          <div className="flex gap-2">
            <button type="submit" disabled={pending} data-test="webhook-secret-save" className={`${PRIMARY_BUTTON} px-3 py-1 text-xs`}>
              {pending ? s.saving : s.save}
            </button>
            <button type="button" onClick={() => setOpen(false)} disabled={pending} className={`${SECONDARY_BUTTON} px-3 py-1 text-xs`}>{s.cancel}</button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" onClick={() => setOpen(true)} data-test="webhook-secret-edit" className={`${SECONDARY_BUTTON} px-3 py-1 text-xs`}>
            {hint ? s.replace : s.set}
          </button>
          {state.status === 'success' ? <p role="status" data-test="webhook-secret-saved" className="text-xs text-emerald-700">{state.message}</p> : null}
        </div>
      )}
      <p className="text-xs text-slate-500">{s.shared}</p>
    </div>
  );
}
