import type { Metadata } from 'next';
import Link from 'next/link';
import { PaymentFilters } from '@/components/payments/payment-filters';
import { PaymentsEmptyState } from '@/components/payments/payments-empty-state';
import { PaymentsTable } from '@/components/payments/payments-table';
import { fill } from '@/lib/i18n/fill';
import { getDictionary, getLocale } from '@/lib/i18n/locale.server';
import { requireMember } from '@/lib/auth/current-member';
import { withRls } from '@/lib/db/with-rls';
import { listPayments } from '@/lib/payments/payments';
import { parsePaymentFilters, paymentsHref } from '@/lib/payments/payments.schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).payments.title };
}

interface PaymentsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function PaymentsPage({ searchParams }: PaymentsPageProps) {
  const member = await requireMember();
  const filters = parsePaymentFilters(await searchParams);
  const page = await withRls(member.claims, (tx) => listPayments(tx, member.organizationId, filters));
  const [dictionary, locale] = await Promise.all([getDictionary(), getLocale()]);
  const t = dictionary.payments;

  return (
    <div className="mx-auto max-w-6xl">
      <header className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t.title}</h1>
        <p className="mt-1 text-sm text-slate-600" data-test="payments-summary">
          {fill(t.summary, { org: member.organizationName })} {dictionary.common.dubaiTime}
        </p>
      </header>

      <div className="mb-6">
        <PaymentFilters filters={filters} t={t} />
      </div>

      {page.items.length === 0 ? (
        <PaymentsEmptyState filters={filters} t={t} />
      ) : (
        <>
          <PaymentsTable payments={page.items} t={t} locale={locale} />
          <nav aria-label={t.pages} className="mt-4 flex justify-between text-sm">
            {filters.before ? (
              <Link href={paymentsHref({ ...filters, before: undefined })} className="font-medium text-indigo-700 hover:underline">
                {t.newest}
              </Link>
            ) : <span />}
            {page.next ? (
              <Link href={paymentsHref({ ...filters, before: page.next })} data-test="payments-older" className="font-medium text-indigo-700 hover:underline">
                {t.older}
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </div>
  );
}
