import Link from 'next/link';
import type { PaymentFilters } from '@/lib/payments/payments.schema';

/** No payments at all, or none matching the filters (with a way back to all). */
export function PaymentsEmptyState({ filters }: { filters: PaymentFilters }) {
  const filtered = Boolean(filters.status || filters.provider || filters.before);
  return (
    <div data-test="payments-empty" className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
      <h2 className="text-sm font-semibold text-slate-900">{filtered ? 'No payments match these filters' : 'No payments yet'}</h2>
      <p className="mt-1 text-sm text-slate-600">
        {filtered
          ? 'Try another status or provider.'
          : 'Payments taken through a payment connection (Stripe, PayPal, Network International, Telr) appear here.'}
      </p>
      {filtered ? (
        <Link href="/integrations/payments" className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline">
          Show all payments
        </Link>
      ) : null}
    </div>
  );
}
