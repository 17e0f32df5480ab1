'use server';

import { refresh } from 'next/cache';
import { memberAction } from '@/lib/actions/define-action';
import type { ActionState } from '@/lib/actions/action-state';
import { withRls } from '@/lib/db/with-rls';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';
import type { CreatedEndpoint, CreateEndpointState } from './create-endpoint.state';
import { webhookPublicBase } from './public-base.server';
import { storeSigningSecret } from './signing-secret.server';
import { generateUrlToken, hashUrlToken } from './url-token';
import { listConnectionOptions } from './webhooks-queries';
import { createEndpointInputSchema } from './webhooks.schema';
import { usesUrlToken, webhookUrl } from './webhook-url';

/**
 * Creates an endpoint under the admin's RLS. A provider that cannot sign gets a fresh URL
 * token whose SHA-256 alone is stored; the full URL goes back in this one answer. A signing
 * provider's secret, when given, is stored first, through the vault, so a refused secret
 * leaves no half-configured endpoint behind.
 */
export async function createWebhookEndpointAction(previous: ActionState, formData: FormData): Promise<CreateEndpointState> {
  // Captured per call: memberAction's result type has no room for the one-time URL.
  let created: CreatedEndpoint | undefined;
  const run = memberAction(createEndpointInputSchema, 'admin', async (input, member): Promise<ActionState> => {
    const t = (await getDictionary()).webhooks;
    const options = await withRls(member.claims, (tx) => listConnectionOptions(tx, member.organizationId));
    const connection = options.find((o) => o.id === input.connection_id);
    if (!connection) return { status: 'error', message: t.errors.connection, fieldErrors: { connection_id: [t.errors.connection] } };

    const token = usesUrlToken(connection.scheme) ? generateUrlToken() : undefined;
    let hint = connection.secret_hint;
    if (!token && input.secret && connection.secret_field) {
      const stored = await storeSigningSecret(connection.id, connection.secret_field, input.secret);
      if (!stored.ok) return { status: 'error', message: stored.message, fieldErrors: { secret: [stored.message] } };
      hint = stored.hint;
    }

    const base = webhookPublicBase();
    const id = crypto.randomUUID();
    await withRls(member.claims, async (tx) => tx`
      insert into public.webhook_endpoints (id, organization_id, connection_id, description, event_types, token_hash, public_url)
      values (${id}, ${member.organizationId}, ${connection.id}, ${input.description}, ${input.event_types},
              ${token ? await hashUrlToken(token) : null}, ${base.configured ? webhookUrl(base.url, id) : null})`);

    created = {
      endpointId: id,
      connectionId: connection.id,
      providerName: connection.provider_name,
      url: webhookUrl(base.url, id, token),
      withToken: Boolean(token),
      needsSecret: !token && Boolean(connection.secret_field) && !hint,
    };
    refresh();
    return { status: 'success', message: !token && input.secret && hint ? fill(t.create.createdSecret, { hint }) : t.create.created };
  });
  const state = await run(previous, formData);
  return state.status === 'success' && created ? { ...state, created } : state;
}
