import type { Metadata } from 'next';
import { AnalyticsView } from '@/components/analytics/analytics-view';
import { analyticsQuerySchema } from '@/lib/analytics/analytics-range.schema';
import { requireMember } from '@/lib/auth/current-member';
import { fill } from '@/lib/i18n/fill';
import { getDictionary } from '@/lib/i18n/locale.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).analytics.title };
}

interface AnalyticsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The shell is server-rendered; the report loads through /api/analytics. */
export default async function AnalyticsPage({ searchParams }: AnalyticsPageProps) {
  const member = await requireMember();
  const t = await getDictionary();
  const raw = await searchParams;
  const parsed = analyticsQuerySchema.safeParse({ range: raw.range, from: raw.from, to: raw.to });
  const query = parsed.success ? parsed.data : { range: 'week' as const };

  return (
    <div className="mx-auto max-w-7xl">
      <header className="mb-6">
        <h1 data-test="analytics-title" className="text-2xl font-semibold tracking-tight text-slate-900">{t.analytics.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {fill(t.analytics.subtitle, { org: member.organizationName })} {t.common.dubaiTime}
        </p>
      </header>
      <AnalyticsView initialQuery={query} />
    </div>
  );
}
