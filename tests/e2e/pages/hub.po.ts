import type { Page } from 'playwright-core';

/** The Integration Hub page (/integrations), by its data-test hooks. */
export class HubPage {
  constructor(private readonly page: Page) {}

  cards() {
    return this.page.locator('[data-test="connection-card"]');
  }

  async connectionNames(): Promise<string[]> {
    return this.page.locator('[data-test="connection-card"] [data-test="connection-name"]').allInnerTexts();
  }

  orgName() {
    return this.page.locator('[data-test="org-name"]');
  }

  userEmail() {
    return this.page.locator('[data-test="user-email"]');
  }

  async signOut(): Promise<void> {
    await this.page.click('[data-test="sign-out"]');
  }
}
