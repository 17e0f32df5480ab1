import type { Page } from 'playwright-core';

export type AnalyticsCard = 'requests' | 'successful' | 'failed' | 'avgMs' | 'p95Ms' | 'successRate' | 'errorRate';
export const CHARTS = ['chart-volume', 'chart-response-time', 'chart-rates', 'chart-providers'] as const;

/** The Analytics page (/integrations/analytics), by its data-test hooks. */
export class AnalyticsPage {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`${this.baseUrl}/integrations/analytics${query}`);
    await this.ready();
  }

  /** The report for the chosen range is shown (not the previous one while loading). */
  async ready(range?: string): Promise<void> {
    const selector = range ? `[data-range="${range}"]` : '';
    await this.page.locator(`[data-test="analytics-report"][data-state="ready"]${selector}`).waitFor();
  }

  async card(key: AnalyticsCard): Promise<number | null> {
    const value = await this.page.locator(`[data-test="analytics-card-${key}"]`).getAttribute('data-value');
    return value ? Number(value) : null;
  }

  cardText(key: AnalyticsCard) {
    return this.page.locator(`[data-test="analytics-card-${key}"]`).innerText();
  }

  async range(range: 'week' | 'month' | 'quarter'): Promise<void> {
    await this.page.click(`[data-test="analytics-range-${range}"]`);
    await this.ready(range);
  }

  async customRange(from: string, to: string): Promise<void> {
    await this.page.click('[data-test="analytics-range-custom"]');
    await this.page.fill('[data-test="analytics-from"]', from);
    await this.page.fill('[data-test="analytics-to"]', to);
    await this.page.click('[data-test="analytics-apply"]');
    await this.ready('custom');
  }

  /** Pixels drawn on a chart's canvas (0 means blank); with `rgb`, only pixels of about that colour. */
  async paintedPixels(chart: (typeof CHARTS)[number], rgb?: [number, number, number]): Promise<number> {
    return this.page.evaluate(
      ({ id, colour }) => {
        const canvas = document.querySelector<HTMLCanvasElement>(`[data-test="${id}"] canvas`);
        const context = canvas?.getContext('2d');
        if (!canvas || !context || canvas.width === 0 || canvas.height === 0) return 0;
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let painted = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3]! === 0) continue;
          if (!colour || colour.every((c, k) => Math.abs(c - data[i + k]!) < 24)) painted++;
        }
        return painted;
      },
      { id: chart, colour: rgb ?? null },
    );
  }
}
