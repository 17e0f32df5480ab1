import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium driven by Playwright. The flags keep it off the network this
 * machine does not have (background services, component updates, QUIC).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
