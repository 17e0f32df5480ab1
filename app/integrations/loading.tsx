export default function IntegrationsLoading() {
  return (
    <div className="mx-auto max-w-6xl" role="status" aria-live="polite">
      <span className="sr-only">Loading connections…</span>
      <div aria-hidden="true" className="animate-pulse">
        <div className="h-7 w-48 rounded bg-slate-200" />
        <div className="mt-3 h-4 w-72 rounded bg-slate-200" />
        <div className="mt-8 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {[0, 1, 2].map((key) => (
            <div key={key} className="h-40 rounded-xl border border-slate-200 bg-white" />
          ))}
        </div>
      </div>
    </div>
  );
}
