'use client';

import { useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { INPUT, SECONDARY_BUTTON } from '@/components/setup/form-styles';

interface MaskedSecretInputProps {
  id: string;
  name: string;
  label: string;
  dataTest: string;
  placeholder?: string;
  masked?: boolean;
  invalid?: boolean;
  describedBy?: string;
  autoFocus?: boolean;
}

/**
 * The provider's signing secret, masked with show/hide. autoComplete off and no spellcheck,
 * so neither a password manager nor a spelling service receives it. `masked` is false for
 * catalogue fields that are not secret (PayPal's webhook id).
 */
export function MaskedSecretInput({ id, name, label, dataTest, placeholder, masked = true, invalid, describedBy, autoFocus }: MaskedSecretInputProps) {
  const { t } = useI18n();
  const [visible, setVisible] = useState(!masked);
  return (
    <div className="flex gap-2">
      <input
        id={id} name={name} type={visible ? 'text' : 'password'} placeholder={placeholder} dir="ltr"
        autoComplete="off" spellCheck={false} autoCapitalize="off" autoFocus={autoFocus}
        aria-invalid={invalid || undefined} aria-describedby={describedBy} data-test={dataTest}
        className={`${INPUT} min-w-0 font-mono`}
      />
      {masked ? (
        <button
          type="button" onClick={() => setVisible((v) => !v)} aria-pressed={visible} aria-controls={id}
          aria-label={`${visible ? t.webhooks.secret.hide : t.webhooks.secret.show} ${label}`}
          data-test={`${dataTest}-toggle`} className={`${SECONDARY_BUTTON} shrink-0 px-3`}
        >
          {visible ? t.webhooks.secret.hide : t.webhooks.secret.show}
        </button>
      ) : null}
    </div>
  );
}
