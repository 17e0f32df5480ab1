'use client';

import { Doughnut } from 'react-chartjs-2';
import { useI18n } from '@/components/providers/locale-provider';
import type { AnalyticsProvider } from '@/lib/analytics/analytics.schema';
import { ChartCard } from './chart-card';
import { baseOptions } from './chart-options';
import { COLOURS } from './chart-setup';

/** Share of requests per provider; the legend names each slice. */
export function ProviderChart({ providers }: { providers: readonly AnalyticsProvider[] }) {
  const { t, locale } = useI18n();
  const options = baseOptions<'doughnut'>(locale, false);
  return (
    <ChartCard id="chart-providers" title={t.analytics.charts.providers}>
      <Doughnut
        options={{ ...options, cutout: '60%', plugins: { ...options.plugins, legend: { ...options.plugins?.legend, position: 'right' } } }}
        data={{
          labels: providers.map((provider) => provider.name),
          datasets: [{
            label: t.analytics.cards.requests,
            data: providers.map((provider) => provider.requests),
            backgroundColor: providers.map((_, index) => COLOURS.palette[index % COLOURS.palette.length]!),
            borderWidth: 1,
          }],
        }}
      />
    </ChartCard>
  );
}
