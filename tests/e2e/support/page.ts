import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

/** Absolute URL of a site path (`training-steps/compute/`), under the served build. */
export function siteUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings, page errors and failed requests seen so far. */
  problems: string[];
}

/**
 * Opens `path` in a fresh context (no storage, no cookies), recording every console error or
 * warning, uncaught page error, failed request and request to another origin.
 */
export async function openPage(
  browser: Browser,
  path: string,
  options: { javaScriptEnabled?: boolean; beforeLoad?: (page: Page) => Promise<void> } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(inject('siteUrl')).origin;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await options.beforeLoad?.(page);
  await page.goto(path.startsWith('http') ? path : siteUrl(path), { waitUntil: 'load' });
  return { context, page, problems };
}

/** Scrolls every island into view and waits until each has hydrated. */
export async function hydrateAll(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let index = 0; index < count; index += 1) {
    await islands.nth(index).scrollIntoViewIfNeeded();
  }
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
}

/** The text of a calculator's result cell, by its label. */
export function result(page: Page, calculatorId: string, label: string) {
  return page.locator(`#${calculatorId} .tot-result`, { hasText: label }).locator('output').textContent();
}
