'use client';

import { useI18n } from '@/components/providers/locale-provider';
import { ApiRequestError } from '@/lib/query/fetch-json';

/** A failed query: what happened in words the user can act on, and a retry. */
export function QueryErrorState({ title, error, retry }: { title: string; error: unknown; retry: () => void }) {
  const { t } = useI18n();
  const expired = error instanceof ApiRequestError && error.status === 401;
  return (
    <div role="alert" data-test="query-error" className="rounded-xl border border-rose-200 bg-white p-6 text-center shadow-sm">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      <p className="mt-2 text-sm text-slate-600">{expired ? t.common.sessionExpired : t.common.loadFailed}</p>
      {expired ? (
        <a href="/sign-in" className="mt-4 inline-block text-sm font-semibold text-indigo-700 hover:underline">
          {t.common.signIn}
        </a>
      ) : (
        <button
          type="button"
          onClick={retry}
          data-test="query-retry"
          className="mt-4 rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          {t.common.retry}
        </button>
      )}
    </div>
  );
}
