import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { DetailSection } from '@/components/connection/detail-section';
import { EndpointHeader } from '@/components/webhooks/endpoint-header';
import { EndpointManage } from '@/components/webhooks/endpoint-manage';
import { EndpointStats } from '@/components/webhooks/endpoint-stats';
import { EventList } from '@/components/webhooks/event-list';
import { SigningSecretForm } from '@/components/webhooks/signing-secret-form';
import { requireMember } from '@/lib/auth/current-member';
import { withRls } from '@/lib/db/with-rls';
import { getDictionary, getLocale } from '@/lib/i18n/locale.server';
import { cursorSchema } from '@/lib/notifications/cursor';
import { webhookPublicBase } from '@/lib/webhooks/public-base.server';
import { usesUrlToken, webhookUrl } from '@/lib/webhooks/webhook-url';
import { getEndpoint, listEvents } from '@/lib/webhooks/webhooks-queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).webhooks.title };
}

interface EndpointPageProps {
  params: Promise<{ endpointId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** One endpoint: its URL, statistics, settings (admins) and its events, newest first. */
export default async function WebhookEndpointPage({ params, searchParams }: EndpointPageProps) {
  const { endpointId } = await params;
  if (!z.guid().safeParse(endpointId).success) notFound();
  const member = await requireMember();
  const [dictionary, locale, query] = await Promise.all([getDictionary(), getLocale(), searchParams]);
  const t = dictionary.webhooks;
  // A cursor that does not parse is ignored: the newest page is the safe answer.
  const cursor = cursorSchema.safeParse(query.before);
  const before = cursor.success ? cursor.data : undefined;
  const data = await withRls(member.claims, async (tx) => {
    const endpoint = await getEndpoint(tx, member.organizationId, endpointId);
    return endpoint ? { endpoint, events: await listEvents(tx, endpoint.id, before) } : null;
  });
  if (!data) notFound();
  const { endpoint, events } = data;
  const signing = !usesUrlToken(endpoint.scheme) && endpoint.secret_field;

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6" data-test="webhook-endpoint-page" data-endpoint-id={endpoint.id}>
      <EndpointHeader endpoint={endpoint} url={webhookUrl(webhookPublicBase().url, endpoint.id)} t={t} />
      <p className="text-xs text-slate-500">{dictionary.common.dubaiTime}</p>
      <EndpointStats stats={endpoint.stats} t={t} locale={locale} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <EventList endpointId={endpoint.id} page={events} paged={Boolean(before)} deadCount={endpoint.stats.dead}
            canManage={endpoint.can_manage} t={t} locale={locale} />
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          {signing ? (
            <DetailSection id="webhook-signing" title={t.secret.heading}>
              {endpoint.can_manage ? <SigningSecretForm endpointId={endpoint.id} field={signing} hint={endpoint.secret_hint} /> : (
                <p className="text-sm text-slate-700">
                  <span className="font-medium">{signing.label}: </span>
                  {endpoint.secret_hint ? <span dir="ltr" data-test="webhook-secret-hint" className="font-mono">{endpoint.secret_hint}</span>
                    : <span data-test="webhook-secret-unset">{t.secret.notSet}</span>}
                </p>
              )}
            </DetailSection>
          ) : null}
          {endpoint.can_manage ? (
            <DetailSection id="webhook-settings" title={t.manage.heading}>
              <EndpointManage endpointId={endpoint.id} active={endpoint.is_active} />
            </DetailSection>
          ) : <p data-test="webhooks-viewer-note" className="text-sm text-slate-500">{t.viewerNote}</p>}
        </div>
      </div>
    </div>
  );
}
