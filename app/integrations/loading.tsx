import { getDictionary } from '@/lib/i18n/locale.server';

/** The hub's shape while the server loads it: stat cards, the filter row, three cards. */
export default async function IntegrationsLoading() {
  const t = await getDictionary();
  return (
    <div className="mx-auto max-w-7xl" role="status" aria-live="polite" data-test="hub-route-loading">
      <span className="sr-only">{t.hub.loading}</span>
      <div aria-hidden="true" className="animate-pulse">
        <div className="h-7 w-48 rounded bg-slate-200" />
        <div className="mt-3 h-4 w-72 max-w-full rounded bg-slate-200" />
        <div className="mt-6 grid grid-cols-2 gap-3 lg:grid-cols-5">
          {[0, 1, 2].map((key) => (
            <div key={key} className="h-20 rounded-xl border border-slate-200 bg-white" />
          ))}
          <div className="col-span-2 h-20 rounded-xl border border-slate-200 bg-white" />
        </div>
        <div className="mt-6 h-9 w-full max-w-md rounded-lg bg-slate-200" />
        <div className="mt-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {[0, 1, 2].map((key) => (
            <div key={key} className="h-48 rounded-xl border border-slate-200 bg-white" />
          ))}
        </div>
      </div>
    </div>
  );
}
