import Form from 'next/form';
import { PAYMENT_PROVIDERS, PAYMENT_STATUSES, type PaymentFilters as Filters } from '@/lib/payments/payments.schema';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { PROVIDER_LABELS } from './payment-labels';

const SELECT =
  'rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30';

/** Status and provider as a GET form, so filters live in the URL (and paging starts over). */
export function PaymentFilters({ filters, t }: { filters: Filters; t: Dictionary['payments'] }) {
  return (
    <Form action="/integrations/payments" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="payments-status" className="text-xs font-medium text-slate-600">
          {t.filters.status}
        </label>
        <select id="payments-status" name="status" defaultValue={filters.status ?? ''} data-test="payments-filter-status" className={SELECT}>
          <option value="">{t.filters.allStatuses}</option>
          {PAYMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t.statuses[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="payments-provider" className="text-xs font-medium text-slate-600">
          {t.filters.provider}
        </label>
        <select id="payments-provider" name="provider" defaultValue={filters.provider ?? ''} data-test="payments-filter-provider" className={SELECT}>
          <option value="">{t.filters.allProviders}</option>
          {PAYMENT_PROVIDERS.map((provider) => (
            <option key={provider} value={provider}>
              {PROVIDER_LABELS[provider]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        data-test="payments-filter-apply"
        className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        {t.filters.apply}
      </button>
    </Form>
  );
}
