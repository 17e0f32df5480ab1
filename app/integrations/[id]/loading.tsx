import { getDictionary } from '@/lib/i18n/locale.server';

export default async function ConnectionLoading() {
  const t = (await getDictionary()).connectionPage;
  return (
    <div className="mx-auto max-w-6xl" role="status" aria-live="polite">
      <span className="sr-only">{t.loading}</span>
      <div aria-hidden="true" className="animate-pulse">
        <div className="h-4 w-32 rounded bg-slate-200" />
        <div className="mt-4 h-7 w-64 rounded bg-slate-200" />
        <div className="mt-8 grid gap-6 lg:grid-cols-3">
          <div className="h-64 rounded-xl border border-slate-200 bg-white lg:col-span-2" />
          <div className="h-64 rounded-xl border border-slate-200 bg-white" />
        </div>
      </div>
    </div>
  );
}
