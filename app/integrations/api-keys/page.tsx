import type { Metadata } from 'next';
import { ApiKeyList } from '@/components/api-keys/api-key-list';
import { CreateKeyForm } from '@/components/api-keys/create-key-form';
import { DetailSection } from '@/components/connection/detail-section';
import { listApiKeys, listKeyConnections } from '@/lib/api-keys/api-keys';
import { requireMember } from '@/lib/auth/current-member';
import { hasRole } from '@/lib/auth/roles';
import { withRls } from '@/lib/db/with-rls';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).apiKeys.title };
}

/** The organization's API keys for internal services; admins also create and revoke them. */
export default async function ApiKeysPage() {
  const member = await requireMember();
  const dictionary = await getDictionary();
  const t = dictionary.apiKeys;
  // The role only decides which controls render; RLS and the key functions decide what may change.
  const canManage = hasRole(member.role, 'admin');
  const { keys, connections } = await withRls(member.claims, async (tx) => ({
    keys: await listApiKeys(tx, member.organizationId),
    connections: canManage ? await listKeyConnections(tx, member.organizationId) : [],
  }));

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6" data-test="api-keys-page">
      <header>
        <h1 data-test="api-keys-title" className="text-2xl font-semibold tracking-tight text-slate-900">{t.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {fill(t.subtitle, { org: member.organizationName })} {dictionary.common.dubaiTime}
        </p>
        {canManage ? null : <p data-test="api-keys-viewer-note" className="mt-2 text-sm text-slate-500">{t.viewerNote}</p>}
      </header>
      {canManage ? (
        <DetailSection id="api-key-create" title={t.create.heading}>
          <CreateKeyForm connections={connections} />
        </DetailSection>
      ) : null}
      <DetailSection id="api-key-list" title={t.list.heading}>
        <ApiKeyList keys={keys} canManage={canManage} t={t} />
      </DetailSection>
    </div>
  );
}
