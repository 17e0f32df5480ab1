'use client';

import type { CredentialField } from '@/lib/connections/provider-option.schema';
import { credentialKey } from '@/lib/connections/wizard-form';
import { FormField } from './form-field';
import { INPUT } from './form-styles';
import { SecretInput } from './secret-input';

interface CredentialInputProps {
  field: CredentialField;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** One catalogue credential field: its label, help and placeholder; secrets masked. */
export function CredentialInput({ field, value, error, onChange }: CredentialInputProps) {
  const id = `wizard-credential-${field.name}`;
  const dataTest = `wizard-credential-${field.name}`;
  return (
    <FormField id={id} label={field.label} optional={!field.required} help={field.help} error={error} errorTest={`field-error-${credentialKey(field.name)}`}>
      {(describedBy) =>
        field.secret ? (
          <SecretInput id={id} name={credentialKey(field.name)} label={field.label} value={value} onChange={onChange}
            placeholder={field.placeholder} describedBy={describedBy} invalid={Boolean(error)} dataTest={dataTest} />
        ) : (
          <input id={id} name={credentialKey(field.name)} value={value} onChange={(e) => onChange(e.target.value)} placeholder={field.placeholder}
            autoComplete="off" spellCheck={false} aria-describedby={describedBy} aria-invalid={Boolean(error) || undefined}
            data-test={dataTest} className={`${INPUT} font-mono`} />
        )
      }
    </FormField>
  );
}
