import type { ReactNode } from 'react';

/** A titled chart; the figure gets its accessible name from the title. */
export function ChartCard({ id, title, children, wide = false }: { id: string; title: string; children: ReactNode; wide?: boolean }) {
  return (
    <figure
      aria-labelledby={`${id}-title`}
      data-test={id}
      className={`rounded-xl border border-slate-200 bg-white p-4 shadow-sm ${wide ? 'lg:col-span-2' : ''}`}
    >
      <figcaption id={`${id}-title`} className="mb-3 text-sm font-semibold text-slate-900">
        {title}
      </figcaption>
      <div className="relative h-64">{children}</div>
    </figure>
  );
}
