import type { Page } from 'playwright-core';

/** The Integration Hub page (/integrations), by its data-test hooks. */
export class HubPage {
  constructor(private readonly page: Page) {}

  cards() {
    return this.page.locator('[data-test="connection-card"]');
  }

  card(connectionId: string) {
    return this.page.locator(`[data-test="connection-card"][data-connection-id="${connectionId}"]`);
  }

  async connectionNames(): Promise<string[]> {
    return this.page.locator('[data-test="connection-card"] [data-test="connection-name"]').allInnerTexts();
  }

  /** A statistics card's raw number (total, active, errors, healthy, degraded, down, unknown). */
  async stat(name: string): Promise<number> {
    return Number(await this.page.locator(`[data-test="hub-stat-${name}"]`).getAttribute('data-value'));
  }

  statText(name: string): Promise<string> {
    return this.page.locator(`[data-test="hub-stat-${name}"]`).innerText();
  }

  /** Hydrated, so the filters respond (a <select> changed before hydration is not replayed). */
  async ready(): Promise<void> {
    await this.page.locator('[data-test="hub-connections"][data-hydrated="true"]').waitFor();
  }

  /** Chooses a filter ('' for all) and waits until the cards shown are for it. */
  async filter(kind: 'type' | 'status', value: string): Promise<void> {
    await this.page.selectOption(`[data-test="hub-filter-${kind}"]`, value);
    await this.page.locator(`[data-test="hub-connections"][data-filter-${kind}="${value}"][data-state="ready"]`).waitFor();
  }

  /** The sorted names once the cards settle, or [] when the filters match nothing. */
  async shownNames(): Promise<string[]> {
    await this.page.locator('[data-test="hub-connections"][data-state="ready"]').waitFor();
    return (await this.connectionNames()).sort();
  }

  filteredEmpty() {
    return this.page.locator('[data-test="hub-filtered-empty"]');
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
