import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const TONE_CLASSES: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-500/20',
  info: 'bg-sky-50 text-sky-800 ring-sky-600/20',
  success: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  warning: 'bg-amber-50 text-amber-800 ring-amber-600/30',
  danger: 'bg-rose-50 text-rose-800 ring-rose-600/20',
};

interface BadgeProps {
  tone: BadgeTone;
  children: ReactNode;
  /** Full text for assistive tech when the visible text is terse (e.g. "Health: degraded"). */
  label?: string;
  dataTest?: string;
  withDot?: boolean;
}

export function Badge({ tone, children, label, dataTest, withDot = false }: BadgeProps) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE_CLASSES[tone]}`}
      aria-label={label}
      title={label}
      data-test={dataTest}
    >
      {withDot ? <span aria-hidden="true" className="size-1.5 rounded-full bg-current" /> : null}
      {children}
    </span>
  );
}
