import Link from 'next/link';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { PaymentFilters } from '@/lib/payments/payments.schema';

/** No payments at all, or none matching the filters (with a way back to all). */
export function PaymentsEmptyState({ filters, t }: { filters: PaymentFilters; t: Dictionary['payments'] }) {
  const filtered = Boolean(filters.status || filters.provider || filters.before);
  return (
    <div data-test="payments-empty" className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
      <h2 className="text-sm font-semibold text-slate-900">{filtered ? t.empty.filteredTitle : t.empty.title}</h2>
      <p className="mt-1 text-sm text-slate-600">
        {filtered ? t.empty.filteredHint : t.empty.hint}
      </p>
      {filtered ? (
        <Link href="/integrations/payments" className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline">
          {t.empty.showAll}
        </Link>
      ) : null}
    </div>
  );
}
