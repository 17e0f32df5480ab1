import type { Page } from 'playwright-core';

/** The connection page (/integrations/<id>), by its data-test hooks. */
export class ConnectionPage {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  async open(id: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/integrations/${id}`);
    await this.page.locator('[data-test="connection-page"], [data-test="connection-not-found"]').first().waitFor();
  }

  root() {
    return this.page.locator('[data-test="connection-page"]');
  }

  notFound() {
    return this.page.locator('[data-test="connection-not-found"]');
  }

  title() {
    return this.page.locator('[data-test="connection-title"]');
  }

  status() {
    return this.page.locator('[data-test="detail-status"]');
  }

  credentialRow(field: string) {
    return this.page.locator(`[data-test="credential-row"][data-field="${field}"]`);
  }

  async hint(field: string): Promise<string> {
    return this.credentialRow(field).locator('[data-test="credential-hint"]').innerText();
  }

  /** Every admin-only control on the page; a viewer must see none of them. */
  editControls() {
    return this.page.locator(
      '[data-test="connection-manage"], [data-test^="credential-replace-"], [data-test="rename-submit"], [data-test="connection-disable"], [data-test="connection-enable"], [data-test="connection-delete"], [data-test="connection-audit"]',
    );
  }

  async replaceCredential(field: string, value: string): Promise<void> {
    await this.page.click(`[data-test="credential-replace-${field}"]`);
    await this.page.fill(`[data-test="credential-value-${field}"]`, value);
    await this.page.click(`[data-test="credential-save-${field}"]`);
  }

  credentialError(field: string) {
    return this.page.locator(`[data-test="credential-error-${field}"]`);
  }

  async rename(name: string): Promise<void> {
    await this.page.fill('[data-test="rename-name"]', name);
    await this.page.click('[data-test="rename-submit"]');
  }

  async toggleEnabled(): Promise<void> {
    await this.page.click('[data-test="connection-disable"], [data-test="connection-enable"]');
  }

  auditRows() {
    return this.page.locator('[data-test="audit-row"]');
  }

  healthRows() {
    return this.page.locator('[data-test="health-row"]');
  }

  async delete(confirmName: string): Promise<void> {
    await this.page.click('[data-test="connection-delete"]');
    await this.page.fill('[data-test="delete-confirm-name"]', confirmName);
    await this.page.click('[data-test="delete-submit"]');
  }
}
