'use client';

import { ErrorPanel } from '@/components/errors/error-panel';

// Catches failures in layouts below the root, e.g. the integrations layout's membership lookup.
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <ErrorPanel error={error} retry={retry} title="We couldn’t load this page" />
    </main>
  );
}
