'use client';

import { useActionState, useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { INPUT, PRIMARY_BUTTON } from '@/components/setup/form-styles';
import { IDLE } from '@/lib/actions/action-state';
import { fill } from '@/lib/i18n/fill';
import { createWebhookEndpointAction } from '@/lib/webhooks/create-endpoint.actions';
import type { CreateEndpointState } from '@/lib/webhooks/create-endpoint.state';
import { defaultEventTypes, type WebhookEventType } from '@/lib/webhooks/event-types';
import { usesUrlToken } from '@/lib/webhooks/webhook-url';
import type { ConnectionOption } from '@/lib/webhooks/webhooks.schema';
import { CreatedEndpoint } from './created-endpoint';
import { EventTypePicker } from './event-type-picker';
import { MaskedSecretInput } from './masked-secret-input';

const LABEL = 'text-sm font-medium text-slate-800';

/** Admins only: an endpoint for one connection, its event types, and the provider's signing secret. */
export function CreateEndpointForm({ connections }: { connections: ConnectionOption[] }) {
  const { t } = useI18n();
  const c = t.webhooks.create;
  const [connectionId, setConnectionId] = useState('');
  const [eventTypes, setEventTypes] = useState<WebhookEventType[]>([]);
  // Controlled, so a refused submit (React resets uncontrolled fields) keeps what was typed.
  const [description, setDescription] = useState('');
  const [state, action, pending] = useActionState<CreateEndpointState, FormData>(async (previous, formData) => {
    const next = await createWebhookEndpointAction(previous, formData);
    if (next.status === 'success') setDescription('');
    return next;
  }, IDLE);
  const connection = connections.find((o) => o.id === connectionId);
  const errors = state.status === 'error' ? state.fieldErrors ?? {} : {};
  const created = state.status === 'success' ? state.created : undefined;

  const choose = (id: string) => {
    setConnectionId(id);
    const next = connections.find((o) => o.id === id);
    if (next) setEventTypes(defaultEventTypes(next.category));
  };

  if (connections.length === 0) return <p data-test="webhook-no-connections" className="text-sm text-slate-600">{c.noConnections}</p>;
  return (
    <div className="flex flex-col gap-4">
      {created ? (
        <CreatedEndpoint key={created.endpointId} created={created} message={state.status === 'success' ? state.message : undefined}
          connection={connections.find((o) => o.id === created.connectionId)} />
      ) : null}
      <form action={action} data-test="webhook-create-form" className="flex flex-col gap-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-1.5">
            <label htmlFor="webhook-connection" className={LABEL}>{c.connection}</label>
            <select id="webhook-connection" name="connection_id" value={connectionId} onChange={(e) => choose(e.target.value)}
              aria-invalid={Boolean(errors.connection_id) || undefined} data-test="webhook-connection" className={INPUT}>
              <option value="">{c.chooseConnection}</option>
              {connections.map((o) => <option key={o.id} value={o.id}>{o.name} · {o.provider_name}</option>)}
            </select>
            {errors.connection_id ? <p role="alert" className="text-sm text-rose-700">{errors.connection_id[0]}</p> : null}
          </div>
          <div className="flex flex-col gap-1.5">
            <label htmlFor="webhook-description" className={LABEL}>{c.description}</label>
            <input id="webhook-description" name="description" value={description} onChange={(e) => setDescription(e.target.value)} maxLength={200} placeholder={c.descriptionPlaceholder}
              data-test="webhook-description" className={INPUT} />
          </div>
        </div>
        <EventTypePicker value={eventTypes} onChange={setEventTypes} error={errors.event_types ? c.chooseEventTypes : undefined} />
        {connection && usesUrlToken(connection.scheme) ? (
          <p data-test="webhook-token-note" className="rounded-lg bg-sky-50 p-3 text-sm text-sky-900">{fill(c.tokenNote, { provider: connection.provider_name })}</p>
        ) : null}
        {connection && !usesUrlToken(connection.scheme) && connection.secret_field ? (
          <div className="flex flex-col gap-1.5" data-test="webhook-secret-field">
            <label htmlFor="webhook-secret" className={LABEL}>{connection.secret_field.label}</label>
            <p id="webhook-secret-help" className="text-xs text-slate-600">
              {fill(c.secretNote, { provider: connection.provider_name, field: connection.secret_field.label })}
              {connection.secret_hint ? ` ${fill(c.secretKeep, { hint: connection.secret_hint })}` : ''}
            </p>
            <MaskedSecretInput id="webhook-secret" name="secret" label={connection.secret_field.label} dataTest="webhook-secret-input"
              placeholder={connection.secret_field.placeholder} masked={connection.secret_field.secret}
              invalid={Boolean(errors.secret)} describedBy="webhook-secret-help" />
            {errors.secret ? <p role="alert" data-test="webhook-secret-input-error" className="text-sm text-rose-700">{errors.secret[0]}</p> : null}
          </div>
        ) : null}
        {state.status === 'error' && !errors.secret ? <p role="alert" data-test="webhook-create-error" className="text-sm text-rose-700">{state.message}</p> : null}
        <button type="submit" disabled={pending || !connectionId} data-test="webhook-create-submit" className={`${PRIMARY_BUTTON} w-fit`}>
          {pending ? c.creating : c.submit}
        </button>
      </form>
    </div>
  );
}
