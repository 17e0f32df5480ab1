'use client';

import Link from 'next/link';
import { useI18n } from '@/components/providers/locale-provider';
import { fill } from '@/lib/i18n/fill';
import type { CreatedEndpoint as Created } from '@/lib/webhooks/create-endpoint.state';
import type { ConnectionOption } from '@/lib/webhooks/webhooks.schema';
import { CopyUrl } from './copy-url';
import { SigningSecretForm } from './signing-secret-form';

/**
 * The answer to "create": the URL to paste into the provider. A token URL lives only in
 * this component's state — reloading the page loses it on purpose, since only its hash is kept.
 */
export function CreatedEndpoint({ created, connection, message }: { created: Created; connection?: ConnectionOption; message?: string }) {
  const { t } = useI18n();
  return (
    <div role="status" data-test="webhook-created" data-endpoint-id={created.endpointId}
      className="flex flex-col gap-3 rounded-xl border border-emerald-200 bg-emerald-50 p-4">
      {message ? <p className="text-sm font-medium text-emerald-900" data-test="webhook-created-message">{message}</p> : null}
      <p className="text-sm font-semibold text-slate-900">{fill(t.webhooks.shown.heading, { provider: created.providerName })}</p>
      <CopyUrl url={created.url} dataTest="webhook-created-url" />
      {created.withToken ? <p data-test="webhook-created-once" className="text-sm text-amber-900">{t.webhooks.shown.once}</p> : null}
      {created.needsSecret && connection?.secret_field ? (
        <SigningSecretForm endpointId={created.endpointId} field={connection.secret_field} hint={null} />
      ) : null}
      <Link href={`/integrations/webhooks/${created.endpointId}`} data-test="webhook-created-open" className="w-fit text-sm font-medium text-indigo-700 hover:underline">
        {t.webhooks.shown.open}
      </Link>
    </div>
  );
}
