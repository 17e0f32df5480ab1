'use client';

import { useActionState, useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { INPUT, PRIMARY_BUTTON } from '@/components/setup/form-styles';
import { IDLE } from '@/lib/actions/action-state';
import { createApiKeyAction } from '@/lib/api-keys/api-keys.actions';
import type { KeyConnection } from '@/lib/api-keys/api-keys.schema';
import type { CreateKeyState } from '@/lib/api-keys/create-key.state';
import { CreatedKey } from './created-key';

const LABEL = 'text-sm font-medium text-slate-800';
const ERROR = 'text-sm text-rose-700';

/** Admins only: name, scope (all connections or chosen ones) and an optional own per-minute limit. */
export function CreateKeyForm({ connections }: { connections: KeyConnection[] }) {
  const { t } = useI18n();
  const c = t.apiKeys.create;
  // Controlled, so a refused submit (React resets uncontrolled fields) keeps what was chosen.
  const [name, setName] = useState('');
  const [limit, setLimit] = useState('');
  const [scope, setScope] = useState<'all' | 'selected'>('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [state, action, pending] = useActionState<CreateKeyState, FormData>(async (previous, formData) => {
    const next = await createApiKeyAction(previous, formData);
    if (next.status === 'success') {
      setName('');
      setLimit('');
      setChosen([]);
    }
    return next;
  }, IDLE);
  const errors = state.status === 'error' ? state.fieldErrors ?? {} : {};
  const created = state.status === 'success' && state.created?.id !== dismissed ? state.created : undefined;
  const toggle = (id: string, on: boolean) => setChosen((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));

  return (
    <div className="flex flex-col gap-4">
      {created ? <CreatedKey key={created.id} created={created} onDismiss={() => setDismissed(created.id)} /> : null}
      <form action={action} data-test="api-key-create-form" className="flex flex-col gap-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-1.5">
            <label htmlFor="api-key-name" className={LABEL}>{c.name}</label>
            <input id="api-key-name" name="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required
              placeholder={c.namePlaceholder} aria-invalid={Boolean(errors.name) || undefined} data-test="api-key-name-input" className={INPUT} />
            {errors.name ? <p role="alert" className={ERROR}>{errors.name[0]}</p> : null}
          </div>
          <div className="flex flex-col gap-1.5">
            <label htmlFor="api-key-limit" className={LABEL}>{c.limit}</label>
            <input id="api-key-limit" name="rate_limit_per_minute" type="number" min={1} step={1} dir="ltr" value={limit}
              onChange={(e) => setLimit(e.target.value)} aria-describedby="api-key-limit-help"
              aria-invalid={Boolean(errors.rate_limit_per_minute) || undefined} data-test="api-key-limit-input" className={INPUT} />
            <p id="api-key-limit-help" className="text-xs text-slate-600">{c.limitHelp}</p>
            {errors.rate_limit_per_minute ? <p role="alert" className={ERROR}>{errors.rate_limit_per_minute[0]}</p> : null}
          </div>
        </div>
        <fieldset className="flex flex-col gap-2">
          <legend className={`${LABEL} mb-1`}>{c.scope}</legend>
          <input type="hidden" name="scope" value={scope} />
          <input type="hidden" name="connection_ids" value={scope === 'selected' ? chosen.join(',') : ''} />
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" name="scope-choice" checked={scope === 'all'} onChange={() => setScope('all')} data-test="api-key-scope-all" />
            {c.scopeAll}
          </label>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" name="scope-choice" checked={scope === 'selected'} onChange={() => setScope('selected')} data-test="api-key-scope-selected" />
            {c.scopeSelected}
          </label>
          {scope === 'selected' ? (
            connections.length === 0 ? (
              <p className="ms-6 text-sm text-slate-600">{c.noConnections}</p>
            ) : (
              <ul className="ms-6 flex flex-col gap-1">
                {connections.map((o) => (
                  <li key={o.id}>
                    <label className="flex items-center gap-2 text-sm text-slate-700">
                      <input type="checkbox" checked={chosen.includes(o.id)} onChange={(e) => toggle(o.id, e.target.checked)}
                        data-test={`api-key-connection-${o.id}`} />
                      {o.name} · {o.provider_name}
                    </label>
                  </li>
                ))}
              </ul>
            )
          ) : null}
          {errors.connection_ids ? <p role="alert" data-test="api-key-scope-error" className={ERROR}>{errors.connection_ids[0]}</p> : null}
        </fieldset>
        {state.status === 'error' && Object.keys(errors).length === 0 ? <p role="alert" data-test="api-key-create-error" className={ERROR}>{state.message}</p> : null}
        <button type="submit" disabled={pending} data-test="api-key-create-submit" className={`${PRIMARY_BUTTON} w-fit`}>
          {pending ? c.creating : c.submit}
        </button>
      </form>
    </div>
  );
}
