import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/stack/config.ts';
import { launchChromium } from '../support/browser.ts';
import { asActor, superuserSql } from '../support/db.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.ts';
import { SECRETS } from '../support/provider-secrets.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { ApiKeysPage } from './pages/api-keys.po.ts';
import { signedInPage } from './pages/setup-wizard.po.ts';

const stack = inject('stack');
const sql = superuserSql();
const ARTIFACTS = path.join(ROOT, 'test-results');
const run = randomUUID().slice(0, 8);
let browser: Browser;
let fake: FakeProvider;
let A: Tenant;

const signedIn = (email: string, width?: number) => signedInPage(browser, stack.dashboardUrl, email, width);

/** A proxied GET with the key; null when the api-proxy function is not being served (yet). */
async function callProxy(key: string): Promise<number | null> {
  const res = await fetch(`${stack.apiUrl}/functions/v1/api-proxy/${A.connectionId}/v1/balance`, { headers: { authorization: `Bearer ${key}` } });
  await res.body?.cancel();
  return res.status === 503 || res.status === 404 ? null : res.status;
}

beforeAll(async () => {
  if (!stack.dashboard) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  fake = await startFakeProvider();
  A = await createTenant(sql, 'api-keys-page');
  // The tenant's Stripe connection answers from a fake on loopback, with a credential and a generous limit.
  await sql`update public.integration_connections set base_url_override = ${`${fake.origin}/p/stripe`} where id = ${A.connectionId}`;
  await asActor(sql, { kind: 'service' }, (tx) => tx`select public.set_credential(${A.connectionId}, 'secret_key', ${SECRETS.stripe.secret_key!}, ${stack.credentialsKey}, 'local-1')`, { commit: true });
  await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests) values (${A.orgId}, ${A.connectionId}, 'second', 100000)`;
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
  await sql.end();
});

describe.runIf(stack.dashboard)('API keys page (Chromium)', () => {
  it('an admin creates a scoped key shown once; it calls the proxy; revoking it stops it at once', async () => {
    const name = `Orders service ${run}`;
    const page = await signedIn(A.admin.email);
    const keys = new ApiKeysPage(page, stack.dashboardUrl);
    await keys.open();
    await keys.create({ name, connectionIds: [A.connectionId], perMinute: 30 });
    const key = await keys.plaintext().innerText();
    expect(key).toMatch(/^hub_live_[A-Za-z0-9_-]{32}$/);
    expect(await page.locator('[data-test="api-key-created-warning"]').isVisible()).toBe(true);
    expect(await page.locator('[data-test="api-key-copy"]').isVisible()).toBe(true);
    // Only the hash is stored: SHA-256 of the whole key, as hex.
    const [row] = await sql`select id, prefix, all_connections, connection_ids, rate_limit_per_minute,
      key_hash = encode(sha256(convert_to(${key}, 'utf8')), 'hex') as hash_matches from public.api_keys where name = ${name}`;
    expect(row).toMatchObject({ prefix: key.slice(0, 13), all_connections: false, connection_ids: [A.connectionId], rate_limit_per_minute: 30, hash_matches: true });
    expect(await keys.cell(name, 'scope')).toBe('Stripe main');
    expect(await keys.cell(name, 'limit')).toBe('30');
    await page.screenshot({ path: path.join(ARTIFACTS, 'api-keys-created-desktop.png'), fullPage: true });

    // After a reload only the prefix is left.
    await keys.open();
    expect(await keys.plaintext().count()).toBe(0);
    expect(await page.content()).not.toContain(key);
    expect(await keys.cell(name, 'prefix')).toBe(`${key.slice(0, 13)}…`);
    expect(await keys.cell(name, 'last-used')).toBe('never');

    const status = await callProxy(key);
    if (status === null) console.warn('[api-keys] api-proxy is not served; checked the stored hash only');
    if (status !== null) {
      expect(status).toBe(200);
      await keys.open();
      expect(await keys.cell(name, 'last-used')).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    }

    await keys.revoke(name);
    expect(await keys.cell(name, 'status')).toMatch(/^Revoked \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    const [revoked] = await sql`select revoked_at, revoked_by from public.api_keys where id = ${row!.id}`;
    expect(revoked!.revoked_at).not.toBeNull();
    expect(revoked!.revoked_by).toBe(A.admin.id);
    if (status !== null) expect(await callProxy(key)).toBe(401);
    expect(await keys.row(name).locator('[data-test="api-key-revoke"]').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'api-keys-revoked-desktop.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('refuses a chosen scope with no connection, and keeps what was typed', async () => {
    const page = await signedIn(A.admin.email);
    const keys = new ApiKeysPage(page, stack.dashboardUrl);
    await keys.open();
    await keys.create({ name: `Nothing ${run}`, connectionIds: [] });
    expect(await page.locator('[data-test="api-key-scope-error"]').innerText()).toContain('Choose at least one connection');
    expect(await page.inputValue('[data-test="api-key-name-input"]')).toBe(`Nothing ${run}`);
    expect((await sql`select 1 from public.api_keys where name = ${`Nothing ${run}`}`).length).toBe(0);
    await page.close();
  }, 60_000);

  it('a viewer reads the keys with no write controls, on a phone and in Arabic', async () => {
    await asActor(sql, A.admin, (tx) => tx`select public.create_api_key(${A.orgId}, ${`Reporting ${run}`}, '{}'::uuid[], true, null)`, { commit: true });
    const page = await signedIn(A.viewer.email, 390);
    const keys = new ApiKeysPage(page, stack.dashboardUrl);
    await keys.open();
    expect(await keys.cell(`Reporting ${run}`, 'scope')).toBe('All connections');
    expect(await page.locator('[data-test="api-keys-viewer-note"]').isVisible()).toBe(true);
    expect(await keys.writeControls().count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'api-keys-viewer-phone.png'), fullPage: true });
    await page.context().addCookies([{ name: 'hub-locale', value: 'ar', url: stack.dashboardUrl }]);
    await keys.open();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('[data-test="api-keys-title"]').innerText()).toBe('مفاتيح الواجهة البرمجية');
    expect(await keys.cell(`Reporting ${run}`, 'scope')).toBe('جميع الاتصالات');
    await page.screenshot({ path: path.join(ARTIFACTS, 'api-keys-viewer-phone-ar.png'), fullPage: true });
    await page.close();
  }, 60_000);
});
