'use client';

import Link from 'next/link';
import { useI18n } from '@/components/providers/locale-provider';

/** Filters that match nothing: say so, and offer the way back to every connection. */
export function HubFilteredEmpty({ onClear }: { onClear: () => void }) {
  const { t } = useI18n();
  return (
    <div data-test="hub-filtered-empty" className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <h2 className="text-base font-semibold text-slate-900">{t.hub.filteredEmpty.title}</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{t.hub.filteredEmpty.hint}</p>
      <Link
        href="/integrations"
        onClick={(event) => {
          event.preventDefault();
          onClear();
        }}
        className="mt-4 inline-block rounded-md text-sm font-semibold text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        {t.hub.filters.clear}
      </Link>
    </div>
  );
}
