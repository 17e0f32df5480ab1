import type { ChartOptions, ChartType } from 'chart.js';
import { numberLocale } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

/**
 * Shared options: numbers in the page's language, and in Arabic the legend, tooltips and
 * time axis run right to left with the value axis on the right.
 */
export function baseOptions<T extends ChartType>(locale: Locale, withAxes = true): ChartOptions<T> {
  const rtl = locale === 'ar';
  const options = {
    responsive: true,
    maintainAspectRatio: false,
    locale: numberLocale(locale),
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { rtl, position: 'bottom', labels: { boxWidth: 12 } },
      tooltip: { rtl, textDirection: rtl ? 'rtl' : 'ltr' },
    },
    ...(withAxes
      ? {
          scales: {
            x: { reverse: rtl, grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 12 } },
            y: { position: rtl ? 'right' : 'left', beginAtZero: true },
          },
        }
      : {}),
  };
  return options as ChartOptions<T>;
}

/** Axis label of a bucket: the Dubai day, or day and hour for hourly series. */
export function bucketLabel(dubaiDateTime: string, granularity: 'hour' | 'day'): string {
  const day = dubaiDateTime.slice(0, 5);
  return granularity === 'day' ? day : `${day} ${dubaiDateTime.slice(11, 16)}`;
}
