import type { Page } from 'playwright-core';

export interface NewKey {
  name: string;
  /** Connection ids to scope to; omitted means all connections. */
  connectionIds?: string[];
  perMinute?: number;
}

/** /integrations/api-keys by its data-test hooks. */
export class ApiKeysPage {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/integrations/api-keys`);
    await this.page.locator('[data-test="api-keys-page"]').waitFor();
  }

  async create(input: NewKey): Promise<void> {
    await this.page.fill('[data-test="api-key-name-input"]', input.name);
    if (input.perMinute !== undefined) await this.page.fill('[data-test="api-key-limit-input"]', String(input.perMinute));
    if (input.connectionIds) {
      await this.page.check('[data-test="api-key-scope-selected"]');
      for (const id of input.connectionIds) await this.page.check(`[data-test="api-key-connection-${id}"]`);
    }
    await this.page.click('[data-test="api-key-create-submit"]');
    await this.page.locator('[data-test="api-key-created"], [role="alert"]').first().waitFor();
  }

  plaintext() {
    return this.page.locator('[data-test="api-key-plaintext"]');
  }

  row(name: string) {
    return this.page.locator('[data-test="api-key-row"]').filter({ has: this.page.locator(`[data-test="api-key-name"]:text-is("${name}")`) });
  }

  cell(name: string, cell: 'prefix' | 'scope' | 'limit' | 'last-used' | 'status') {
    return this.row(name).locator(`[data-test="api-key-${cell}"]`).innerText();
  }

  async revoke(name: string): Promise<void> {
    await this.row(name).locator('[data-test="api-key-revoke"]').click();
    await this.row(name).locator('[data-test="api-key-revoke-confirm"]').click();
    await this.page.locator(`[data-test="api-key-row"][data-revoked="true"]`).filter({ hasText: name }).waitFor();
  }

  /** Every admin-only control; a viewer must see none of them. */
  writeControls() {
    return this.page.locator(['api-key-create-form', 'api-key-create-submit', 'api-key-revoke', 'api-key-revoke-confirm']
      .map((name) => `[data-test="${name}"]`).join(', '));
  }
}
