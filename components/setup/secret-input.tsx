'use client';

import { useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { fill } from '@/lib/i18n/fill';
import { INPUT } from './form-styles';

interface SecretInputProps {
  id: string;
  name: string;
  label: string;
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
  dataTest: string;
  autoFocus?: boolean;
}

/**
 * A masked input with show/hide. autoComplete="off" and no spellcheck, so neither the
 * browser's password manager nor a spelling service receives the secret.
 */
export function SecretInput({ id, name, label, value, onChange, placeholder, describedBy, invalid, dataTest, autoFocus }: SecretInputProps) {
  const { t } = useI18n();
  const s = t.setupWizard.secret;
  const [visible, setVisible] = useState(false);
  return (
    <div className="flex gap-2">
      <input
        id={id}
        name={name}
        type={visible ? 'text' : 'password'}
        value={value}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        autoFocus={autoFocus}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        data-test={dataTest}
        className={`${INPUT} min-w-0 font-mono`}
      />
      <button
        type="button"
        onClick={() => setVisible((v) => !v)}
        aria-pressed={visible}
        aria-label={fill(visible ? s.hideLabel : s.showLabel, { label })}
        aria-controls={id}
        data-test={`${dataTest}-toggle`}
        className="shrink-0 rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        {visible ? s.hide : s.show}
      </button>
    </div>
  );
}
