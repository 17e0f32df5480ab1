'use client';

import { Bar, Line } from 'react-chartjs-2';
import { useI18n } from '@/components/providers/locale-provider';
import type { AnalyticsReport } from '@/lib/analytics/analytics.schema';
import { formatDubaiDateTime } from '@/lib/format/date-time';
import { ChartCard } from './chart-card';
import { baseOptions, bucketLabel } from './chart-options';
import { COLOURS } from './chart-setup';

function labelsOf(report: AnalyticsReport): string[] {
  return report.series.map((point) => bucketLabel(formatDubaiDateTime(point.bucket), report.granularity));
}

/** Requests per bucket (line), average and p95 response time (bars), outcomes (stacked bars). */
export function TrendCharts({ report }: { report: AnalyticsReport }) {
  const { t, locale } = useI18n();
  const c = t.analytics.charts;
  const labels = labelsOf(report);
  const stacked = baseOptions<'bar'>(locale);
  stacked.scales = { x: { ...stacked.scales?.x, stacked: true }, y: { ...stacked.scales?.y, stacked: true } };

  return (
    <>
      <ChartCard id="chart-volume" title={c.volume} wide>
        <Line
          options={{ ...baseOptions<'line'>(locale), plugins: { ...baseOptions<'line'>(locale).plugins, legend: { display: false } } }}
          data={{
            labels,
            datasets: [{
              label: t.analytics.cards.requests,
              data: report.series.map((point) => point.requests),
              borderColor: COLOURS.indigo,
              backgroundColor: COLOURS.indigoFill,
              fill: true,
              tension: 0.3,
              pointRadius: report.series.length > 60 ? 0 : 2,
            }],
          }}
        />
      </ChartCard>
      <ChartCard id="chart-response-time" title={c.responseTime}>
        <Bar
          options={baseOptions<'bar'>(locale)}
          data={{
            labels,
            datasets: [
              { label: c.average, data: report.series.map((point) => point.avgMs), backgroundColor: COLOURS.amber },
              { label: c.p95, data: report.series.map((point) => point.p95Ms), backgroundColor: COLOURS.rose },
            ],
          }}
        />
      </ChartCard>
      <ChartCard id="chart-rates" title={c.rates}>
        <Bar
          options={stacked}
          data={{
            labels,
            datasets: [
              { label: c.successful, data: report.series.map((point) => point.successful), backgroundColor: COLOURS.emerald },
              { label: c.failed, data: report.series.map((point) => point.failed), backgroundColor: COLOURS.rose },
            ],
          }}
        />
      </ChartCard>
    </>
  );
}
