import type { Browser, Page } from 'playwright-core';
import { SignInPage } from './sign-in.po.ts';

/** A new page signed in as `email` (tenant users' password), at a desktop or phone width. */
export async function signedInPage(browser: Browser, baseUrl: string, email: string, width = 1280, extraHTTPHeaders?: Record<string, string>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, extraHTTPHeaders });
  const signIn = new SignInPage(page, baseUrl);
  await signIn.open('/integrations');
  await signIn.signIn(email, 'test-password-1');
  await page.waitForURL(`${baseUrl}/integrations`);
  return page;
}

/** The setup wizard (/integrations/setup), by its data-test hooks. */
export class SetupWizardPage {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/integrations/setup`);
  }

  root() {
    return this.page.locator('[data-test="setup-wizard"]');
  }

  async step(): Promise<number> {
    return Number(await this.root().getAttribute('data-step'));
  }

  async waitForStep(step: number): Promise<void> {
    await this.page.locator(`[data-test="setup-wizard"][data-step="${step}"]`).waitFor();
  }

  adminsOnly() {
    return this.page.locator('[data-test="setup-admins-only"]');
  }

  async filterCategory(category: string): Promise<void> {
    await this.page.click(`[data-test="provider-category-${category}"]`);
  }

  async search(text: string): Promise<void> {
    await this.page.fill('[data-test="provider-search"]', text);
  }

  async providerSlugs(): Promise<string[]> {
    return this.page.locator('[data-test="provider-option"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-provider-slug') ?? ''));
  }

  async chooseProvider(slug: string): Promise<void> {
    await this.page.click(`[data-test="provider-option"][data-provider-slug="${slug}"]`);
    await this.waitForStep(2);
  }

  async fillName(name: string): Promise<void> {
    await this.page.fill('[data-test="wizard-name"]', name);
  }

  async chooseEnvironment(env: 'sandbox' | 'production'): Promise<void> {
    await this.page.check(`[data-test="wizard-environment-${env}"]`);
  }

  async fillBaseUrl(url: string): Promise<void> {
    const input = this.page.locator('[data-test="wizard-base-url"]');
    if (!(await input.isVisible())) await this.page.click('[data-test="wizard-advanced"] summary');
    await input.fill(url);
  }

  async fillCredential(name: string, value: string): Promise<void> {
    await this.page.fill(`[data-test="wizard-credential-${name}"]`, value);
  }

  credentialInput(name: string) {
    return this.page.locator(`[data-test="wizard-credential-${name}"]`);
  }

  async toggleSecret(name: string): Promise<void> {
    await this.page.click(`[data-test="wizard-credential-${name}-toggle"]`);
  }

  async continue(): Promise<void> {
    await this.page.click('[data-test="wizard-continue"]');
  }

  /** Clicks "Test connection" and waits for a fresh verdict; answers its status and message. */
  async testConnection(): Promise<{ status: string; message: string }> {
    // Starting a test removes the previous verdict at once, so the next one is this test's.
    await this.page.click('[data-test="wizard-test"]');
    const result = this.page.locator('[data-test="wizard-test-result"]');
    await result.waitFor();
    return { status: (await result.getAttribute('data-status')) ?? '', message: await this.page.locator('[data-test="wizard-test-message"]').innerText() };
  }

  fieldError(field: string) {
    return this.page.locator(`[data-test="field-error-${field}"]`);
  }

  notice() {
    return this.page.locator('[data-test="wizard-error"]');
  }

  reviewValue(what: string) {
    return this.page.locator(`[data-test="review-${what}"]`);
  }

  confirmUnverified() {
    return this.page.locator('[data-test="wizard-confirm-unverified"]');
  }

  async create(): Promise<void> {
    await this.page.click('[data-test="wizard-create"]');
  }
}
