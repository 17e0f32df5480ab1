'use client';

import { useEffect, useRef } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { fill } from '@/lib/i18n/fill';
import { useLogDetail } from '@/lib/logs/use-logs';
import { LogDetailBody } from './log-detail-body';

export interface LogKey {
  at: string;
  id: string;
}

/** A modal <dialog>: the browser traps focus, closes on Escape and returns focus to the row. */
export function LogDetailDialog({ entry, onClose }: { entry: LogKey | null; onClose: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const detail = useLogDetail(entry);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (entry && !dialog.open) dialog.showModal();
    if (!entry && dialog.open) dialog.close();
  }, [entry]);

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      data-test="log-detail"
      aria-labelledby="log-detail-title"
      className="m-auto w-[calc(100%-1.5rem)] max-w-3xl rounded-xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      <header className="sticky top-0 flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-5 py-3">
        <h2 id="log-detail-title" className="text-base font-semibold">{entry ? fill(t.logs.detail.title, { id: entry.id }) : ''}</h2>
        <button
          type="button"
          onClick={() => ref.current?.close()}
          data-test="log-detail-close"
          className="rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          {t.logs.detail.close}
        </button>
      </header>
      <div className="max-h-[75vh] overflow-y-auto px-5 py-4">
        {detail.isPending && entry ? <p className="text-sm text-slate-500" role="status">{t.common.loading}</p> : null}
        {detail.isError ? <p role="alert" className="text-sm text-rose-700">{t.logs.detail.loadFailed}</p> : null}
        {detail.data ? <LogDetailBody detail={detail.data} /> : null}
      </div>
    </dialog>
  );
}
