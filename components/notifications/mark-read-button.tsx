'use client';

import { useState } from 'react';
import { useFormStatus } from 'react-dom';
import { useI18n } from '@/components/providers/locale-provider';
import { IDLE } from '@/lib/actions/action-state';
import { fill } from '@/lib/i18n/fill';
import { markNotificationReadAction } from '@/lib/notifications/notifications.actions';

function SubmitButton({ title }: { title: string }) {
  const { pending } = useFormStatus();
  const { t } = useI18n();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-label={fill(t.notifications.list.markReadLabel, { title })}
      data-test="notification-mark-read"
      className="whitespace-nowrap rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-wait disabled:opacity-60"
    >
      {pending ? t.notifications.list.marking : t.notifications.list.markRead}
    </button>
  );
}

interface MarkReadButtonProps {
  id: string;
  title: string;
  onMarked: (id: string, message: string | undefined) => void;
}

export function MarkReadButton({ id, title, onMarked }: MarkReadButtonProps) {
  const [error, setError] = useState<string | null>(null);

  async function markRead(formData: FormData) {
    const result = await markNotificationReadAction(IDLE, formData);
    if (result.status === 'error') setError(result.message);
    else onMarked(id, result.status === 'success' ? result.message : undefined);
  }

  return (
    <form action={markRead} className="flex flex-col items-start gap-1 sm:items-end">
      <input type="hidden" name="id" value={id} />
      <SubmitButton title={title} />
      {error ? (
        <p role="alert" className="text-xs text-rose-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
