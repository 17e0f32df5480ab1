import type { Page } from 'playwright-core';

/** The payments list (/integrations/payments) and a payment's page, by their data-test hooks. */
export class PaymentsPage {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`${this.baseUrl}/integrations/payments${query}`);
    await this.page.locator('[data-test="payments-summary"]').waitFor();
  }

  async openPayment(id: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/integrations/payments/${id}`);
    await this.page.locator('[data-test="payment-detail"]').waitFor();
  }

  row(id: string) {
    return this.page.locator(`[data-test="payments-row"][data-payment-id="${id}"]`);
  }

  rows() {
    return this.page.locator('[data-test="payments-row"]');
  }

  empty() {
    return this.page.locator('[data-test="payments-empty"]');
  }

  async filter(status: string, provider = ''): Promise<void> {
    await this.page.selectOption('[data-test="payments-filter-status"]', status);
    await this.page.selectOption('[data-test="payments-filter-provider"]', provider);
    await this.page.click('[data-test="payments-filter-apply"]');
  }

  detailStatus() {
    return this.page.locator('[data-test="payment-detail"] dl [data-test="payment-status"]');
  }

  refundForm() {
    return this.page.locator('[data-test="payment-refund-form"]');
  }

  async refund(amount: string, reason = ''): Promise<string> {
    await this.page.fill('[data-test="payment-refund-amount-input"]', amount);
    if (reason) await this.page.fill('[data-test="payment-refund-reason"]', reason);
    await this.page.click('[data-test="payment-refund-submit"]');
    const result = this.page.locator('[data-test="payment-refund-result"]');
    await result.waitFor();
    return result.innerText();
  }

  refunds() {
    return this.page.locator('[data-test="payment-refund"]');
  }
}
