'use client';

import { useI18n } from '@/components/providers/locale-provider';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import { fill } from '@/lib/i18n/fill';
import { formatNumber } from '@/lib/i18n/format';

interface HubLiveStatusProps {
  updatedAt: number;
  failed: boolean;
  shown: number;
  total: number;
}

// The time differs between the server render and hydration by design, hence suppressHydrationWarning.
/** How many cards the filters leave, and how fresh they are; a failed poll is said, not hidden. */
export function HubLiveStatus({ updatedAt, failed, shown, total }: HubLiveStatusProps) {
  const { t, locale } = useI18n();
  const time = updatedAt ? formatDubaiDateTime(updatedAt) : '';
  return (
    <div className="flex flex-col gap-1 text-xs text-slate-500 lg:items-end">
      <p data-test="hub-showing">{fill(t.hub.filters.showing, { shown: formatNumber(shown, locale), total: formatNumber(total, locale) })}</p>
      {failed ? (
        <p role="alert" data-test="hub-refresh-failed" className="text-rose-700">{fill(t.hub.refreshFailed, { time })}</p>
      ) : (
        <p className="flex items-center gap-2">
          <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-emerald-500" />
          {t.hub.live}
          {time ? <span data-test="hub-updated-at" suppressHydrationWarning>· {fill(t.hub.updated, { time })}</span> : null}
        </p>
      )}
    </div>
  );
}
