import type { Download, Page } from 'playwright-core';

/** The API Logs page (/integrations/logs), by its data-test hooks. */
export class LogsPage {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`${this.baseUrl}/integrations/logs${query}`);
    await this.settled();
  }

  /** The list shows rows (or its empty state) for the current filters, not a stale page. */
  async settled(): Promise<void> {
    await this.page.locator('[data-test="logs-table"][data-state="ready"], [data-test="logs-empty"]').first().waitFor();
  }

  rows() {
    return this.page.locator('[data-test="log-row"]');
  }

  row(id: string) {
    return this.page.locator(`[data-test="log-row"][data-log-id="${id}"]`);
  }

  async rowIds(): Promise<string[]> {
    await this.settled();
    return this.rows().evaluateAll((rows) => rows.map((row) => row.getAttribute('data-log-id') ?? ''));
  }

  async stat(key: 'total' | 'successful' | 'errors' | 'average'): Promise<string> {
    return (await this.page.locator(`[data-test="logs-stat-${key}"]`).getAttribute('data-value')) ?? '';
  }

  async select(filter: 'type' | 'connection' | 'status' | 'method' | 'range', value: string): Promise<void> {
    await this.page.selectOption(`[data-test="logs-filter-${filter}"]`, value);
  }

  async search(text: string): Promise<void> {
    await this.page.fill('[data-test="logs-filter-search"]', text);
    await this.page.click('[data-test="logs-filter-apply"]');
  }

  async customRange(from: string, to: string): Promise<void> {
    await this.select('range', 'custom');
    await this.page.fill('[data-test="logs-filter-from"]', from);
    await this.page.fill('[data-test="logs-filter-to"]', to);
    await this.page.click('[data-test="logs-filter-apply"]');
  }

  async clear(): Promise<void> {
    await this.page.click('[data-test="logs-filter-clear"]');
  }

  async openDetail(id: string): Promise<void> {
    await this.row(id).locator('[data-test="log-open"]').click();
    await this.detail().locator('[data-test="log-detail-path"]').waitFor();
  }

  detail() {
    return this.page.locator('[data-test="log-detail"]');
  }

  async closeDetail(): Promise<void> {
    await this.page.click('[data-test="log-detail-close"]');
  }

  loadMore() {
    return this.page.locator('[data-test="logs-load-more"]');
  }

  async export(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.click('[data-test="logs-export"]')]);
    return download;
  }
}
