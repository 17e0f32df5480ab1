'use client';

import { ErrorPanel } from '@/components/errors/error-panel';

export default function LogsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} title="We couldn’t load the API logs" />;
}
