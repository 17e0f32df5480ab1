import Link from 'next/link';

export function ConnectionsEmptyState({ canConnect }: { canConnect: boolean }) {
  return (
    <div
      data-test="connections-empty"
      className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-14 text-center"
    >
      <h2 className="text-base font-semibold text-slate-900">No connections yet</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
        {canConnect
          ? 'No connections yet — use the Setup Wizard to connect a payment, shipping, social or messaging provider.'
          : 'No connections yet — an admin of your organization can use the Setup Wizard to connect a provider.'}
      </p>
      {canConnect ? (
        <Link
          href="/integrations/setup"
          className="mt-6 inline-flex items-center rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          Open the Setup Wizard
        </Link>
      ) : null}
    </div>
  );
}
