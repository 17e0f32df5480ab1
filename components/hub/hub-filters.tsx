'use client';

import Link from 'next/link';
import { useI18n } from '@/components/providers/locale-provider';
import { HUB_STATUSES, HUB_TYPES, hubFiltersSchema, type HubFilters } from '@/lib/hub/hub-filters.schema';

const SELECT =
  'w-full rounded-lg border border-slate-300 bg-white py-1.5 ps-3 pe-8 text-sm text-slate-900 shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30 sm:w-56';

/**
 * Type and status. A plain GET form, so the filters work before (or without) JavaScript;
 * once hydrated each change applies at once and the Apply button is not needed.
 */
export function HubFiltersForm({ filters, onChange }: { filters: HubFilters; onChange: (filters: HubFilters) => void }) {
  const { t } = useI18n();
  const change = (key: keyof HubFilters, value: string) =>
    onChange(hubFiltersSchema.parse({ ...filters, [key]: value }));
  const filtered = Boolean(filters.type || filters.status);

  return (
    <form method="get" action="/integrations" aria-label={t.hub.filters.label} className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end"
      onSubmit={(event) => event.preventDefault()}>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        {t.hub.filters.type}
        <select name="type" value={filters.type ?? ''} onChange={(e) => change('type', e.target.value)} data-test="hub-filter-type" className={SELECT}>
          <option value="">{t.hub.filters.allTypes}</option>
          {HUB_TYPES.map((type) => (
            <option key={type} value={type}>{t.hub.categories[type]}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        {t.hub.filters.status}
        <select name="status" value={filters.status ?? ''} onChange={(e) => change('status', e.target.value)} data-test="hub-filter-status" className={SELECT}>
          <option value="">{t.hub.filters.allStatuses}</option>
          {HUB_STATUSES.map((status) => (
            <option key={status} value={status}>{t.hub.status[status]}</option>
          ))}
        </select>
      </label>
      <noscript>
        <button type="submit" className="rounded-lg bg-indigo-600 px-4 py-1.5 text-sm font-semibold text-white">{t.hub.filters.apply}</button>
      </noscript>
      {filtered ? (
        <Link href="/integrations" data-test="hub-filter-clear" onClick={(event) => { event.preventDefault(); onChange({ type: undefined, status: undefined }); }}
          className="self-start rounded-md py-1.5 text-sm font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600 sm:self-auto">
          {t.hub.filters.clear}
        </Link>
      ) : null}
    </form>
  );
}
