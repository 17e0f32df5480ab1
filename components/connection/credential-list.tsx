import type { ConnectionDetail, CredentialHint } from '@/lib/connections/connection-detail.schema';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';
import { localActorLabel } from './actor';
import { DetailSection } from './detail-section';
import { ReplaceCredential } from './replace-credential';

interface CredentialListProps {
  connection: ConnectionDetail;
  hints: CredentialHint[];
  currentUserId: string;
}

/** The provider's credential fields with masked hints only; admins may replace each one. */
export async function CredentialList({ connection, hints, currentUserId }: CredentialListProps) {
  const t = (await getDictionary()).connectionPage;
  const c = t.credentials;
  const byField = new Map(hints.map((h) => [h.field, h]));
  return (
    <DetailSection id="connection-credentials" title={c.title} description={c.description}>
      <ul className="divide-y divide-slate-100">
        {connection.credential_fields.map((field) => {
          const hint = byField.get(field.name);
          return (
            <li key={field.name} data-test="credential-row" data-field={field.name} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="text-sm font-medium text-slate-900">
                  {field.label}
                  {!field.required ? <span className="ms-1 font-normal text-slate-500">{t.optional}</span> : null}
                </p>
                {hint ? (
                  <p className="text-sm text-slate-600">
                    <span dir="ltr" data-test="credential-hint" className="font-mono text-slate-900">{hint.hint}</span>
                    <span className="text-xs">{fill(c.setBy, { date: formatDubaiDateTime(hint.updated_at), actor: localActorLabel(t, 'user', hint.updated_by, currentUserId) })}</span>
                  </p>
                ) : (
                  <p data-test="credential-not-set" className="text-sm text-slate-500">{c.notSet}</p>
                )}
              </div>
              {connection.can_manage ? (
                <div className="sm:w-72 sm:shrink-0 sm:text-end">
                  <ReplaceCredential connectionId={connection.id} field={field} isSet={Boolean(hint)} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </DetailSection>
  );
}
