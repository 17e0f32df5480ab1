export default function PaymentsLoading() {
  return (
    <div className="mx-auto max-w-6xl" role="status" aria-live="polite">
      <span className="sr-only">Loading payments…</span>
      <div aria-hidden="true" className="animate-pulse">
        <div className="h-7 w-32 rounded bg-slate-200" />
        <div className="mt-3 h-4 w-80 rounded bg-slate-200" />
        <div className="mt-8 h-64 rounded-lg border border-slate-200 bg-white" />
      </div>
    </div>
  );
}
