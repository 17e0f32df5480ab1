'use client';

import { ErrorPanel } from '@/components/errors/error-panel';
import { useI18n } from '@/components/providers/locale-provider';

export default function NotificationsError({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useI18n();
  return <ErrorPanel error={error} retry={retry} title={t.notifications.loadFailed} />;
}
