import { getDictionary } from '@/lib/i18n/locale.server';

export default async function NotificationsLoading() {
  const t = await getDictionary();
  return (
    <div className="mx-auto max-w-4xl" role="status" aria-live="polite">
      <span className="sr-only">{t.notifications.loading}</span>
      <div aria-hidden="true" className="animate-pulse">
        <div className="h-7 w-40 rounded bg-slate-200" />
        <div className="mt-3 h-4 w-72 rounded bg-slate-200" />
        <div className="mt-8 space-y-3">
          {[0, 1, 2].map((key) => (
            <div key={key} className="h-24 rounded-lg border border-slate-200 bg-white" />
          ))}
        </div>
      </div>
    </div>
  );
}
