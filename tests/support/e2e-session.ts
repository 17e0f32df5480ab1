import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ROOT } from '../../scripts/stack/config.ts';
import { launchChromium } from './browser.ts';
import { superuserSql, type Sql } from './db.ts';

/** Where browser tests leave their screenshots. */
export const ARTIFACTS = path.join(ROOT, 'test-results');

/**
 * One Chromium and one superuser connection for a browser test file: opened before its
 * tests (handed to `ready`) and closed after them.
 */
export function withBrowserAndDb(ready: (browser: Browser, sql: Sql) => void): void {
  let browser: Browser | undefined;
  let sql: Sql | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    sql = superuserSql();
    browser = await launchChromium();
    ready(browser, sql);
  });
  afterAll(async () => {
    await browser?.close();
    await sql?.end();
  });
}
