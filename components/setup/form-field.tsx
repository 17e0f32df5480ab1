'use client';

import type { ReactNode } from 'react';
import { useI18n } from '@/components/providers/locale-provider';

interface FormFieldProps {
  id: string;
  label: string;
  optional?: boolean;
  help?: string;
  error?: string;
  /** data-test of the error line, e.g. "field-error-name". */
  errorTest: string;
  /** Renders the control with the ids it must reference for assistive tech. */
  children: (describedBy: string | undefined) => ReactNode;
}

/** A labelled control with its help text and field error, wired up with aria-describedby. */
export function FormField({ id, label, optional = false, help, error, errorTest, children }: FormFieldProps) {
  const { t } = useI18n();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
        {optional ? <span className="ms-1 font-normal text-slate-500">{t.setupWizard.optional}</span> : null}
      </label>
      {children(describedBy)}
      {error ? (
        <p id={errorId} data-test={errorTest} className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
      {help ? (
        <p id={helpId} className="text-xs text-slate-500">
          {help}
        </p>
      ) : null}
    </div>
  );
}
