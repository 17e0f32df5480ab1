import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/stack/config.ts';
import { DEMO_ADMIN } from '../../scripts/stack/demo.ts';
import { launchChromium } from '../support/browser.ts';
import { HubPage } from './pages/hub.po.ts';
import { SignInPage } from './pages/sign-in.po.ts';

const stack = inject('stack');
const ARTIFACTS = path.join(ROOT, 'test-results');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.runIf(stack.dashboard)('dashboard sign-in (Chromium)', () => {
  it('sends a signed-out visitor to sign-in, then shows the demo organization\'s connections', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.dashboardUrl}/integrations`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    const signIn = new SignInPage(page, stack.dashboardUrl);
    await signIn.signIn(DEMO_ADMIN.email, 'not-the-password');
    await signIn.error().waitFor();
    expect(await signIn.error().innerText()).toMatch(/incorrect email or password/i);

    await signIn.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
    await page.waitForURL(`${stack.dashboardUrl}/integrations`);
    const hub = new HubPage(page);
    await hub.cards().first().waitFor();
    expect(await hub.orgName().innerText()).toContain('Al Khayyat Tailoring');
    expect(await hub.userEmail().innerText()).toContain(DEMO_ADMIN.email);
    expect((await hub.connectionNames()).sort()).toEqual([
      'Aramex deliveries',
      'Instagram @alkhayyat',
      'N-Genius (boutique POS)',
      'Stripe (online shop)',
      'WhatsApp order updates',
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'integrations-desktop.png'), fullPage: true });

    await hub.signOut();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${stack.dashboardUrl}/integrations`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.close();
  }, 60_000);
});
