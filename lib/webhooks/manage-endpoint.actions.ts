'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/actions/action-state';
import { memberAction } from '@/lib/actions/define-action';
import { withRls } from '@/lib/db/with-rls';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';
import { storeSigningSecret } from './signing-secret.server';
import { getEndpoint } from './webhooks-queries';
import { endpointIdInputSchema, setActiveInputSchema, setSecretInputSchema } from './webhooks.schema';

// Endpoint changes run under the admin's RLS (only admins' policies allow writes); a row
// that RLS hides simply is not touched, which reads as "gone" to the admin.

const messages = async () => (await getDictionary()).webhooks;

const setActive = memberAction(setActiveInputSchema, 'admin', async ({ endpoint_id, active }, member) => {
  const t = await messages();
  const rows = await withRls(member.claims, (tx) => tx`
    update public.webhook_endpoints set is_active = ${active}
     where id = ${endpoint_id} and organization_id = ${member.organizationId} returning id`);
  if (rows.length === 0) return { status: 'error', message: t.errors.gone };
  refresh();
  return { status: 'success', message: active ? t.manage.enabled : t.manage.disabled };
});

const remove = memberAction(endpointIdInputSchema, 'admin', async ({ endpoint_id }, member) => {
  const rows = await withRls(member.claims, (tx) => tx`
    delete from public.webhook_endpoints where id = ${endpoint_id} and organization_id = ${member.organizationId} returning id`);
  if (rows.length === 0) return { status: 'error', message: (await messages()).errors.gone };
  redirect('/integrations/webhooks');
});

const setSecret = memberAction(setSecretInputSchema, 'admin', async ({ endpoint_id, value }, member) => {
  const t = await messages();
  const endpoint = await withRls(member.claims, (tx) => getEndpoint(tx, member.organizationId, endpoint_id));
  if (!endpoint?.can_manage) return { status: 'error', message: t.errors.gone };
  if (!endpoint.secret_field) return { status: 'error', message: t.errors.noSecretField };
  const stored = await storeSigningSecret(endpoint.connection_id, endpoint.secret_field, value);
  if (!stored.ok) return { status: 'error', message: stored.message, fieldErrors: { value: [stored.message] } };
  refresh();
  return { status: 'success', message: fill(t.secret.saved, { hint: stored.hint }) };
});

export async function setWebhookEndpointActiveAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return setActive(previous, formData);
}

export async function deleteWebhookEndpointAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return remove(previous, formData);
}

/** Sets or replaces the provider's signing secret (a connection credential); only its hint comes back. */
export async function setWebhookSecretAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return setSecret(previous, formData);
}
