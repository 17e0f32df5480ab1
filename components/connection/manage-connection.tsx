import type { ConnectionDetail } from '@/lib/connections/connection-detail.schema';
import { getDictionary } from '@/lib/i18n/locale.server';
import { DeleteConnection } from './delete-connection';
import { DetailSection } from './detail-section';
import { EnableToggle } from './enable-toggle';
import { RenameForm } from './rename-form';

/** Admin controls; the page renders this only for admins of the connection's organization. */
export async function ManageConnection({ connection }: { connection: ConnectionDetail }) {
  const t = (await getDictionary()).connectionPage;
  return (
    <DetailSection id="connection-manage" title={t.manage.title}>
      <div className="flex flex-col gap-5">
        <RenameForm key={connection.name} connectionId={connection.id} name={connection.name} />
        <EnableToggle connectionId={connection.id} disabled={connection.status === 'disabled'} />
        <div className="border-t border-slate-100 pt-4">
          <DeleteConnection connectionId={connection.id} name={connection.name} />
        </div>
      </div>
    </DetailSection>
  );
}
