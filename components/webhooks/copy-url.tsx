'use client';

import { useState } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { SECONDARY_BUTTON } from '@/components/setup/form-styles';

/** A URL to paste into a provider, with a copy button; URLs read left to right in Arabic too. */
export function CopyUrl({ url, dataTest }: { url: string; dataTest: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <code dir="ltr" data-test={dataTest} className="min-w-0 flex-1 select-all break-all rounded-lg bg-slate-100 px-3 py-2 text-start font-mono text-xs text-slate-800">
        {url}
      </code>
      <button type="button" onClick={copy} data-test={`${dataTest}-copy`} className={`${SECONDARY_BUTTON} shrink-0 px-3 py-1.5 text-xs`}>
        {copied ? t.webhooks.shown.copied : t.webhooks.shown.copy}
      </button>
    </div>
  );
}
