import { getDictionary } from '@/lib/i18n/locale.server';

export default async function WebhooksLoading() {
  const t = await getDictionary();
  return (
    <div className="mx-auto max-w-6xl" role="status" aria-live="polite">
      <span className="sr-only">{t.common.loading}</span>
      <div aria-hidden="true" className="animate-pulse">
        <div className="h-7 w-40 rounded bg-slate-200" />
        <div className="mt-3 h-4 w-80 max-w-full rounded bg-slate-200" />
        <div className="mt-8 h-40 rounded-xl border border-slate-200 bg-white" />
        <div className="mt-4 h-40 rounded-xl border border-slate-200 bg-white" />
      </div>
    </div>
  );
}
