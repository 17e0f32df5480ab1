'use client';

import { useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { SECONDARY_BUTTON } from '@/components/setup/form-styles';
import type { CreatedKey as Created } from '@/lib/api-keys/api-keys.schema';

/**
 * The new key, once. It lives only in the form's state: a reload or another create drops
 * it on purpose, since the database keeps only its hash.
 */
export function CreatedKey({ created, onDismiss }: { created: Created; onDismiss: () => void }) {
  const { t } = useI18n();
  const s = t.apiKeys.shown;
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(created.key).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div role="status" data-test="api-key-created" data-key-id={created.id} className="flex flex-col gap-3 rounded-xl border border-amber-300 bg-amber-50 p-4">
      <p className="text-sm font-semibold text-slate-900">{s.heading}</p>
      <p data-test="api-key-created-warning" className="text-sm font-medium text-amber-900">{s.warning}</p>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <code dir="ltr" data-test="api-key-plaintext" className="min-w-0 flex-1 select-all break-all rounded-lg bg-white px-3 py-2 text-start font-mono text-xs text-slate-900">
          {created.key}
        </code>
        <button type="button" onClick={copy} data-test="api-key-copy" className={`${SECONDARY_BUTTON} shrink-0 px-3 py-1.5 text-xs`}>
          {copied ? s.copied : s.copy}
        </button>
        <button type="button" onClick={onDismiss} data-test="api-key-created-dismiss" aria-label="×" className={`${SECONDARY_BUTTON} shrink-0 px-3 py-1.5 text-xs`}>×</button>
      </div>
    </div>
  );
}
