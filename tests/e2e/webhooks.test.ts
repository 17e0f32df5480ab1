import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/stack/config.ts';
import { launchChromium } from '../support/browser.ts';
import { superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { send, stripeDelivery, stripeEvent } from '../unit/webhook-processing/webhook-fixtures.ts';
import { signedInPage } from './pages/setup-wizard.po.ts';
import { WebhooksPage } from './pages/webhooks.po.ts';

const stack = inject('stack');
const sql = superuserSql();
const ARTIFACTS = path.join(ROOT, 'test-results');
const run = randomUUID().slice(0, 8);
let browser: Browser;
let A: Tenant;

/** Drains A's due events as the scheduler would every 15 s (the test stack runs no scheduler; other files' events are left to them). */
async function runWorker(): Promise<void> {
  const res = await fetch(`${stack.apiUrl}/functions/v1/webhook-handler/_worker`, {
    method: 'POST', headers: { 'x-scheduler-secret': 'local-scheduler-secret-not-for-production', 'content-type': 'application/json' }, body: JSON.stringify({ organization_id: A.orgId }),
  });
  expect(res.status).toBe(200);
}

async function connection(slug: string, name: string): Promise<string> {
  const [row] = await sql`insert into public.integration_connections (organization_id, provider_id, name, status)
    select ${A.orgId}, p.id, ${name}, 'active' from public.integration_providers p where p.slug = ${slug} returning id`;
  return row!.id as string;
}

const endpointIdOf = (url: string) => new URL(url).pathname.split('/').at(-1)!;
const signedIn = (email: string, width?: number) => signedInPage(browser, stack.dashboardUrl, email, width);

beforeAll(async () => {
  if (!stack.dashboard) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  A = await createTenant(sql, 'webhooks-page');
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

describe.runIf(stack.dashboard)('webhooks page (Chromium)', () => {
  it('an admin creates a Stripe endpoint with its signing secret; a signed event shows up and is replayed', async () => {
    const secret = `whsec_e2e${run}SigningSecret0001`;
    const page = await signedIn(A.admin.email);
    const hooks = new WebhooksPage(page, stack.dashboardUrl);
    await hooks.open();
    await hooks.create({ connectionId: A.connectionId, description: `Live payments ${run}`, extraEventTypes: ['order.created'], secret });
    expect(await page.locator('[data-test="webhook-created-message"]').innerText()).toContain('••••0001');
    const url = await hooks.createdUrl();
    expect(url).toBe(`${stack.apiUrl}/functions/v1/webhook-handler/${endpointIdOf(url)}`);
    expect(await page.content()).not.toContain(secret);
    const [row] = await sql`select event_types, token_hash from public.webhook_endpoints where id = ${endpointIdOf(url)}`;
    expect(row).toEqual({ event_types: ['payment.succeeded', 'payment.failed', 'payment.refunded', 'order.created'], token_hash: null });

    const eventId = `evt_e2e_${run}`;
    const body = stripeEvent(eventId, 'payment_intent.succeeded', { id: `pi_e2e_${run}`, object: 'payment_intent', client_secret: 'pi_secret_hidden' });
    expect(await send(url, stripeDelivery(secret, body))).toMatchObject({ status: 200, body: { received: true, duplicate: false } });

    await page.click('[data-test="webhook-created-open"]');
    await page.locator('[data-test="webhook-endpoint-page"]').waitFor();
    await hooks.event(eventId).waitFor();
    // Other test files may run the worker meanwhile, so "received" may already be "processed".
    expect(await hooks.eventStatus(eventId)).toMatch(/^(received|processing|processed)$/);
    expect(await hooks.stat('received')).toBe('1');
    expect(await hooks.stat('verified')).toBe('1');
    const payload = hooks.event(eventId).locator('[data-test="webhook-event-payload"]');
    expect(await payload.getAttribute('open')).toBeNull();
    await payload.locator('summary').click();
    const json = await payload.locator('[data-test="webhook-event-payload-json"]').innerText();
    expect(JSON.parse(json).data.object).toMatchObject({ id: `pi_e2e_${run}`, client_secret: '[redacted]' });

    await runWorker();
    await expect.poll(() => hooks.reloadedStatus(eventId), { timeout: 20_000 }).toBe('processed');
    expect(await hooks.stat('processed')).toBe('1');
    const processedAt = async () => (await sql`select processed_at from public.webhook_events where provider_event_id = ${eventId}`)[0]!.processed_at as Date | null;
    const firstRun = await processedAt();
    await hooks.replay(eventId);
    await hooks.event(eventId).locator('[data-test="webhook-event-replay-done"]').waitFor();
    expect(await hooks.eventStatus(eventId)).toMatch(/^(received|processing|processed)$/);
    await runWorker();
    await expect.poll(() => hooks.reloadedStatus(eventId), { timeout: 20_000 }).toBe('processed');
    expect((await processedAt())!.getTime()).toBeGreaterThan(firstRun!.getTime());
    expect(await hooks.event(eventId).locator('[data-test="webhook-event-attempts"]').innerText()).toBe('1');
    await page.screenshot({ path: path.join(ARTIFACTS, 'webhooks-endpoint-desktop.png'), fullPage: true });

    await page.click('[data-test="webhook-disable"]');
    await page.locator('[data-test="webhook-enable"]').waitFor();
    await hooks.open();
    expect(await hooks.endpointCard(endpointIdOf(url)).getAttribute('data-active')).toBe('false');
    await page.screenshot({ path: path.join(ARTIFACTS, 'webhooks-list-desktop.png'), fullPage: true });
    await page.close();
  }, 150_000);

  it('a URL-token provider endpoint shows its URL once; deliveries need the token', async () => {
    const aramex = await connection('aramex', `Aramex ${run}`);
    const page = await signedIn(A.admin.email);
    const hooks = new WebhooksPage(page, stack.dashboardUrl);
    await hooks.open();
    await hooks.create({ connectionId: aramex });
    await page.locator('[data-test="webhook-created-once"]').waitFor();
    const url = await hooks.createdUrl();
    const token = new URL(url).searchParams.get('token')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const endpointId = endpointIdOf(url);
    const [row] = await sql`select token_hash from public.webhook_endpoints where id = ${endpointId}`;
    expect(Buffer.from(row!.token_hash).equals(createHash('sha256').update(token).digest())).toBe(true);

    const delivery = { body: `{"WaybillNumber":"E2E${run}","UpdateCode":"SH005","UpdateDescription":"Delivered"}`, headers: { 'content-type': 'application/json' } };
    expect((await send(url, delivery)).status).toBe(200);
    expect((await send(url.split('?')[0]!, delivery)).status).toBe(401);
    expect((await send(`${url.split('?')[0]}?token=${'x'.repeat(43)}`, delivery)).status).toBe(401);

    await hooks.open();
    expect(await page.content()).not.toContain(token);
    await hooks.openEndpoint(endpointId);
    await page.locator('[data-test="webhook-token-hidden"]').waitFor();
    expect(await page.locator('[data-test="webhook-url"]').innerText()).toBe(url.split('?')[0]);
    expect(await page.content()).not.toContain(token);
    expect([await hooks.stat('received'), await hooks.stat('rejected')]).toEqual(['1', '2']);
    await page.close();
  }, 120_000);
});
