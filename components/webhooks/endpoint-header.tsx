import Link from 'next/link';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { WebhookEndpoint } from '@/lib/webhooks/webhooks.schema';
import { CopyUrl } from './copy-url';
import { ActiveBadge, EventTypeChips } from './endpoint-badges';

/** Who the endpoint is for, its state, its subscriptions and the URL the provider posts to. */
export function EndpointHeader({ endpoint, url, t }: { endpoint: WebhookEndpoint; url: string; t: Dictionary['webhooks'] }) {
  return (
    <header className="flex flex-col gap-3">
      <Link href="/integrations/webhooks" data-test="webhook-back" className="w-fit text-sm font-medium text-indigo-700 hover:underline">{t.back}</Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 data-test="webhook-title" className="flex flex-wrap items-baseline gap-x-2 text-2xl font-semibold tracking-tight text-slate-900">
          <span>{endpoint.connection_name}</span>
          <span className="text-base font-normal text-slate-500">{endpoint.provider_name}</span>
        </h1>
        <ActiveBadge active={endpoint.is_active} t={t} />
      </div>
      <p className="break-words text-sm text-slate-600" data-test="webhook-description">{endpoint.description ?? t.list.noDescription}</p>
      <EventTypeChips types={endpoint.event_types} t={t} />
      <div className="flex flex-col gap-1.5">
        <p className="text-xs font-medium text-slate-500">{t.url.label}</p>
        <CopyUrl url={url} dataTest="webhook-url" />
        {endpoint.has_token ? <p data-test="webhook-token-hidden" className="text-xs text-slate-500">{t.url.tokenHidden}</p> : null}
      </div>
    </header>
  );
}
