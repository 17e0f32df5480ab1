import type { ReactNode } from 'react';

interface DetailSectionProps {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}

/** A titled card on the connection page. */
export function DetailSection({ id, title, description, children }: DetailSectionProps) {
  return (
    <section aria-labelledby={`${id}-title`} data-test={id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">{title}</h2>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** Shown instead of an empty table. */
export function EmptyRows({ children, test }: { children: ReactNode; test: string }) {
  return <p data-test={test} className="rounded-lg bg-slate-50 p-3 text-sm text-slate-600">{children}</p>;
}

/** A table that scrolls sideways inside its card on narrow screens, never the page. */
export function ScrollTable({ head, children, label }: { head: string[]; children: ReactNode; label: string }) {
  return (
    <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <table className="w-full min-w-[36rem] text-start text-sm" aria-label={label}>
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="py-2 pe-4 font-medium">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export const CELL = 'py-2 pe-4 align-top';
export const TIME_CELL = 'whitespace-nowrap py-2 pe-4 align-top tabular-nums text-slate-700';
