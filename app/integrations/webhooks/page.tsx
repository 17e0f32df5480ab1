import type { Metadata } from 'next';
import { DetailSection } from '@/components/connection/detail-section';
import { CreateEndpointForm } from '@/components/webhooks/create-endpoint-form';
import { EndpointList } from '@/components/webhooks/endpoint-list';
import { requireMember } from '@/lib/auth/current-member';
import { hasRole } from '@/lib/auth/roles';
import { withRls } from '@/lib/db/with-rls';
import { fill } from '@/lib/i18n/fill';
import { getDictionary, getLocale } from '@/lib/i18n/locale.server';
import { listConnectionOptions, listEndpoints } from '@/lib/webhooks/webhooks-queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).webhooks.title };
}

/** The organization's webhook endpoints; admins also get the form that adds one. */
export default async function WebhooksPage() {
  const member = await requireMember();
  const [dictionary, locale] = await Promise.all([getDictionary(), getLocale()]);
  const t = dictionary.webhooks;
  // The role only decides which controls render; RLS and the actions decide what may change.
  const canManage = hasRole(member.role, 'admin');
  const { endpoints, connections } = await withRls(member.claims, async (tx) => ({
    endpoints: await listEndpoints(tx, member.organizationId),
    connections: canManage ? await listConnectionOptions(tx, member.organizationId) : [],
  }));

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6" data-test="webhooks-page">
      <header>
        <h1 data-test="webhooks-title" className="text-2xl font-semibold tracking-tight text-slate-900">{t.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {fill(t.subtitle, { org: member.organizationName })} {dictionary.common.dubaiTime}
        </p>
        {canManage ? null : <p data-test="webhooks-viewer-note" className="mt-2 text-sm text-slate-500">{t.viewerNote}</p>}
      </header>
      <section aria-labelledby="webhook-endpoints-title" className="flex flex-col gap-3">
        <h2 id="webhook-endpoints-title" className="text-base font-semibold text-slate-900">{t.list.heading}</h2>
        <EndpointList endpoints={endpoints} canManage={canManage} t={t} locale={locale} />
      </section>
      {canManage ? (
        <DetailSection id="webhook-create" title={t.create.heading}>
          <CreateEndpointForm connections={connections} />
        </DetailSection>
      ) : null}
    </div>
  );
}
