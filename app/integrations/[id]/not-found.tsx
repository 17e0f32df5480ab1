import Link from 'next/link';

export default function ConnectionNotFound() {
  return (
    <div data-test="connection-not-found" className="mx-auto max-w-xl rounded-xl border border-slate-200 bg-white p-6 text-center">
      <h1 className="text-lg font-semibold text-slate-900">Connection not found</h1>
      <p className="mt-2 text-sm text-slate-600">It may have been deleted, or it belongs to an organization you are not a member of.</p>
      <Link href="/integrations" className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline">Back to the Integration Hub</Link>
    </div>
  );
}
