'use client';

import { useEffect } from 'react';

interface ErrorPanelProps {
  error: unknown;
  retry: () => void;
  title: string;
}

/** The fallback of the dashboard's error boundaries: a safe message, a reference, a retry. */
export function ErrorPanel({ error, retry, title }: ErrorPanelProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  // Server errors reach the browser with only a digest, which matches the server log line.
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;

  return (
    <div
      role="alert"
      data-test="error-panel"
      className="mx-auto max-w-xl rounded-xl border border-rose-200 bg-white p-8 text-center shadow-sm"
    >
      <h1 className="text-lg font-semibold text-slate-900">{title}</h1>
      <p className="mt-2 text-sm text-slate-600">
        Something went wrong on our side. Please try again; if it keeps happening, contact support.
      </p>
      {digest ? <p className="mt-2 text-xs text-slate-400">Reference: {digest}</p> : null}
      <button
        type="button"
        onClick={() => retry()}
        className="mt-6 rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        Try again
      </button>
    </div>
  );
}
