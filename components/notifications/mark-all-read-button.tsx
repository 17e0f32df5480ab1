'use client';

import { useState } from 'react';
import { useFormStatus } from 'react-dom';
import { useI18n } from '@/components/providers/locale-provider';
import { IDLE } from '@/lib/actions/action-state';
import { markAllNotificationsReadAction } from '@/lib/notifications/notifications.actions';

function SubmitButton({ disabled }: { disabled: boolean }) {
  const { pending } = useFormStatus();
  const { t } = useI18n();
  return (
    <button
      type="submit"
      disabled={disabled || pending}
      data-test="notifications-mark-all"
      className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-50"
    >
      {pending ? t.notifications.list.marking : t.notifications.list.markAll}
    </button>
  );
}

interface MarkAllReadButtonProps {
  before: string;
  disabled: boolean;
  onMarked: (message: string | undefined) => void;
}

export function MarkAllReadButton({ before, disabled, onMarked }: MarkAllReadButtonProps) {
  const [error, setError] = useState<string | null>(null);

  async function markAll(formData: FormData) {
    const result = await markAllNotificationsReadAction(IDLE, formData);
    if (result.status === 'error') setError(result.message);
    else onMarked(result.status === 'success' ? result.message : undefined);
  }

  return (
    <form action={markAll} className="flex flex-col items-end gap-1">
      <input type="hidden" name="before" value={before} />
      <SubmitButton disabled={disabled} />
      {error ? (
        <p role="alert" className="text-xs text-rose-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
