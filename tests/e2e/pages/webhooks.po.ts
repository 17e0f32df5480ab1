import type { Page } from 'playwright-core';

export interface NewEndpoint {
  connectionId: string;
  description?: string;
  /** Ticked in addition to the connection's defaults. */
  extraEventTypes?: string[];
  secret?: string;
}

/** The webhooks pages (/integrations/webhooks and /integrations/webhooks/<id>), by their data-test hooks. */
export class WebhooksPage {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/integrations/webhooks`);
    await this.page.locator('[data-test="webhooks-page"]').waitFor();
  }

  async openEndpoint(id: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/integrations/webhooks/${id}`);
    await this.page.locator('[data-test="webhook-endpoint-page"], [data-test="webhook-not-found"]').first().waitFor();
  }

  async create(input: NewEndpoint): Promise<void> {
    await this.page.selectOption('[data-test="webhook-connection"]', input.connectionId);
    if (input.description) await this.page.fill('[data-test="webhook-description"]', input.description);
    for (const type of input.extraEventTypes ?? []) await this.page.check(`[data-test="webhook-event-type-${type}"]`);
    if (input.secret) await this.page.fill('[data-test="webhook-secret-input"]', input.secret);
    await this.page.click('[data-test="webhook-create-submit"]');
    await this.page.locator('[data-test="webhook-created"], [data-test="webhook-create-error"], [data-test="webhook-secret-input-error"]').first().waitFor();
  }

  created() {
    return this.page.locator('[data-test="webhook-created"]');
  }

  async createdUrl(): Promise<string> {
    return this.page.locator('[data-test="webhook-created-url"]').innerText();
  }

  endpointCard(id: string) {
    return this.page.locator(`[data-test="webhook-endpoint"][data-endpoint-id="${id}"]`);
  }

  stat(name: string, scope = this.page.locator('body')) {
    return scope.locator(`[data-test="webhook-stat-${name}"]`).getAttribute('data-value');
  }

  event(providerEventId: string) {
    return this.page.locator(`[data-test="webhook-event"][data-provider-event-id="${providerEventId}"]`);
  }

  async eventStatus(providerEventId: string): Promise<string | null> {
    return this.event(providerEventId).getAttribute('data-status');
  }

  /** The event's status after reloading the page (the worker changes it outside the browser). */
  async reloadedStatus(providerEventId: string): Promise<string | null> {
    await this.page.reload();
    await this.event(providerEventId).waitFor();
    return this.eventStatus(providerEventId);
  }

  async replay(providerEventId: string): Promise<void> {
    await this.event(providerEventId).locator('[data-test="webhook-event-replay"]').click();
  }

  /** Every admin-only control of both pages; a viewer must see none of them. */
  writeControls() {
    return this.page.locator([
      'webhook-create-form', 'webhook-create-submit', 'webhook-manage', 'webhook-enable', 'webhook-disable', 'webhook-delete',
      'webhook-secret-edit', 'webhook-secret-form', 'webhook-event-replay', 'webhook-replay-dead',
    ].map((name) => `[data-test="${name}"]`).join(', '));
  }
}
