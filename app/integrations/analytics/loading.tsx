export default function AnalyticsLoading() {
  return (
    <div className="mx-auto max-w-7xl" role="status" aria-live="polite">
      <span className="sr-only">Loading…</span>
      <div aria-hidden="true" className="animate-pulse space-y-5">
        <div className="h-7 w-40 rounded bg-slate-200" />
        <div className="h-28 rounded-xl border border-slate-200 bg-white" />
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {[0, 1, 2, 3].map((key) => (
            <div key={key} className="h-20 rounded-xl border border-slate-200 bg-white" />
          ))}
        </div>
        <div className="h-64 rounded-xl border border-slate-200 bg-white" />
      </div>
    </div>
  );
}
