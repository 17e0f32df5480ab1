'use client';

import { useI18n } from '@/components/providers/locale-provider';

export function LogsEmptyState() {
  const { t } = useI18n();
  return (
    <div data-test="logs-empty" className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      <h2 className="text-base font-semibold text-slate-900">{t.logs.empty.title}</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{t.logs.empty.hint}</p>
    </div>
  );
}
