import type { Page } from 'playwright-core';

/** The notifications page (/integrations/notifications) and the sidebar badge, by data-test hooks. */
export class NotificationsPage {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`${this.baseUrl}/integrations/notifications${query}`);
    await this.ready();
  }

  /** Past the loading skeleton: the page's own header is rendered. */
  async ready(): Promise<void> {
    await this.page.locator('[data-test="notifications-unread-count"]').waitFor();
  }

  rows() {
    return this.page.locator('[data-test="notification-row"]');
  }

  row(id: string) {
    return this.page.locator(`[data-test="notification-row"][data-notification-id="${id}"]`);
  }

  async rowIds(): Promise<string[]> {
    return this.rows().evaluateAll((rows) => rows.map((row) => row.getAttribute('data-notification-id') ?? ''));
  }

  async titles(): Promise<string[]> {
    return this.page.locator('[data-test="notification-row"] [data-test="notification-title"]').allInnerTexts();
  }

  async isRead(id: string): Promise<boolean> {
    return (await this.row(id).getAttribute('data-read')) === 'true';
  }

  navLink() {
    return this.page.locator('[data-test="nav-notifications"]');
  }

  /** The sidebar's unread badge as a number; no badge means nothing unread. */
  async unreadBadge(): Promise<number> {
    const badge = this.page.locator('[data-test="nav-notifications-unread"]');
    if ((await badge.count()) === 0) return 0;
    return Number(await badge.innerText());
  }

  async markRead(id: string): Promise<void> {
    await this.row(id).locator('[data-test="notification-mark-read"]').click();
  }

  async markAll(): Promise<void> {
    await this.page.click('[data-test="notifications-mark-all"]');
  }

  async showUnread(): Promise<void> {
    await this.page.click('[data-test="notifications-filter-unread"]');
  }

  async showAll(): Promise<void> {
    await this.page.click('[data-test="notifications-filter-all"]');
  }

  async filterKind(kind: string): Promise<void> {
    await this.page.selectOption('[data-test="notifications-filter-kind"]', kind);
    await this.page.click('[data-test="notifications-filter-apply"]');
  }

  async loadMore(): Promise<void> {
    await this.page.click('[data-test="notifications-load-more"]');
  }

  loadMoreButton() {
    return this.page.locator('[data-test="notifications-load-more"]');
  }

  empty() {
    return this.page.locator('[data-test="notifications-empty"]');
  }
}
