import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';

/**
 * One Chromium for a test file: launched before its first test, closed after its last. Returns a
 * getter, because the browser exists only once `beforeAll` has run; call it at the top of a file,
 * before any `beforeAll` of the file's own that needs the browser.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(inject('chromiumPath'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('useBrowser(): the browser was used before beforeAll launched it');
    return browser;
  };
}
