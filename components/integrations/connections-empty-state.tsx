'use client';

import Link from 'next/link';
import { useI18n } from '@/components/providers/locale-provider';

export function ConnectionsEmptyState({ canConnect }: { canConnect: boolean }) {
  const { t } = useI18n();
  return (
    <div
      data-test="connections-empty"
      className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-14 text-center"
    >
      <h2 className="text-base font-semibold text-slate-900">{t.hub.empty.title}</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
        {canConnect ? t.hub.empty.admin : t.hub.empty.viewer}
      </p>
      {canConnect ? (
        <Link
          href="/integrations/setup"
          className="mt-6 inline-flex items-center rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          {t.hub.empty.action}
        </Link>
      ) : null}
    </div>
  );
}
