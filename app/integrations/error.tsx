'use client';

import { useEffect } from 'react';
import { useI18n } from '@/components/providers/locale-provider';

/**
 * The hub's error boundary, in the page's language (the shared ErrorPanel is English-only).
 * Server errors reach the browser with only a digest, which matches the server's log line.
 */
export default function IntegrationsError({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useI18n();
  useEffect(() => console.error(error), [error]);
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;

  return (
    <div role="alert" data-test="error-panel" className="mx-auto max-w-xl rounded-xl border border-rose-200 bg-white p-8 text-center shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">{t.hub.loadFailed}</h1>
      <p className="mt-2 text-sm text-slate-600">{t.common.loadFailed}</p>
      {digest ? <p className="mt-2 text-xs text-slate-400" dir="ltr">Ref: {digest}</p> : null}
      <button
        type="button"
        onClick={() => retry()}
        className="mt-6 rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        {t.common.retry}
      </button>
    </div>
  );
}
