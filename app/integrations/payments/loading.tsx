import { getDictionary } from '@/lib/i18n/locale.server';

export default async function PaymentsLoading() {
  const t = await getDictionary();
  return (
    <div className="mx-auto max-w-6xl" role="status" aria-live="polite">
      <span className="sr-only">{t.payments.loading}</span>
      <div aria-hidden="true" className="animate-pulse">
        <div className="h-7 w-32 rounded bg-slate-200" />
        <div className="mt-3 h-4 w-80 rounded bg-slate-200" />
        <div className="mt-8 h-64 rounded-lg border border-slate-200 bg-white" />
      </div>
    </div>
  );
}
