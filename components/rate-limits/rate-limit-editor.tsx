import { DetailSection, EmptyRows, ScrollTable } from '@/components/connection/detail-section';
import { requireMember } from '@/lib/auth/current-member';
import { hasRole } from '@/lib/auth/roles';
import { withRls } from '@/lib/db/with-rls';
import { getDictionary } from '@/lib/i18n/locale.server';
import { listRateLimits } from '@/lib/rate-limits/rate-limits';
import { freeWindows } from '@/lib/rate-limits/rate-limits.schema';
import { AddLimitForm } from './add-limit-form';
import { RateLimitRow } from './rate-limit-row';

/**
 * A connection's limits with the live window, for the connection page. Self-contained (it
 * reads the member and its own rows under RLS) so the page only has to mount it; the role
 * decides which controls render, RLS and the actions decide what may change.
 */
export async function RateLimitEditor({ connectionId }: { connectionId: string }) {
  const member = await requireMember();
  const [dictionary, rows] = await Promise.all([
    getDictionary(),
    withRls(member.claims, (tx) => listRateLimits(tx, connectionId)),
  ]);
  const t = dictionary.rateLimits;
  const canManage = hasRole(member.role, 'admin');
  const head = [t.window, t.limit, t.used, t.remaining, t.resets, ...(canManage ? [t.actions] : [])];
  const free = freeWindows(rows.map((r) => r.window_unit));

  return (
    <DetailSection id="rate-limit-editor" title={t.title} description={`${t.description} ${dictionary.common.dubaiTime}`}>
      <div className="flex flex-col gap-4" data-can-manage={canManage}>
        {rows.length === 0 ? (
          <EmptyRows test="rate-limit-editor-empty">{t.empty}</EmptyRows>
        ) : (
          <ScrollTable label={t.title} head={head}>
            {rows.map((row) => <RateLimitRow key={`${row.id}-${row.max_requests}`} row={row} canManage={canManage} />)}
          </ScrollTable>
        )}
        {canManage ? (
          free.length > 0 ? <AddLimitForm connectionId={connectionId} windows={free} /> : <p className="text-sm text-slate-600">{t.allWindowsSet}</p>
        ) : (
          <p data-test="rate-limit-viewer-note" className="text-sm text-slate-500">{t.viewerNote}</p>
        )}
      </div>
    </DetailSection>
  );
}
