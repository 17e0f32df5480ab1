import type { Page } from 'playwright-core';

/** The sign-in page, by its data-test hooks. */
export class SignInPage {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  async open(next?: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.fill('[data-test="sign-in-email"]', email);
    await this.page.fill('[data-test="sign-in-password"]', password);
    await this.page.click('[data-test="sign-in-submit"]');
  }

  error() {
    return this.page.locator('[data-test="sign-in-error"]');
  }
}
