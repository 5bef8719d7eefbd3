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
  page.on('requestfailed', (request) => {
    // net::ERR_ABORTED is Chromium cancelling a request because the test navigated on (a
    // lazily loaded module, the favicon). A file the server lacks is an HTTP 404 (recorded
    // below), and a refused or blocked request has its own error code: those count.
    const error = request.failure()?.errorText ?? 'unknown error';
    if (error !== 'net::ERR_ABORTED') problems.push(`failed request: ${request.url()} (${error})`);
  });
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

/**
 * Scrolls every island into view and waits until each has hydrated, in one round trip, and
 * returns how many there were. A calculator then rests until it is used
 * (src/components/kit/restingIsland.ts); unless `wake` is false, each is woken as a reader's
 * pointer wakes it and awaited until it is live, so that a test drives the calculator itself.
 * Fails, naming the island, when one has not hydrated (or woken) after `timeoutMs`, and fails when
 * the page has fewer than `atLeast` islands: with none, "every island hydrated" would hold on a
 * page whose islands had vanished. Pass the number the page must have (`declaredIslands(path)`
 * from `site.ts` counts the article's `client:` directives).
 */
export async function hydrateAll(page: Page, options: { atLeast?: number; timeoutMs?: number; wake?: boolean } = {}): Promise<number> {
  const { atLeast = 0, timeoutMs = 15_000, wake = true } = options;
  const { stuck, count } = await page.evaluate(async ({ timeoutMs, wake }) => {
    const deadline = performance.now() + timeoutMs;
    const islands = document.querySelectorAll('astro-island');
    for (const island of islands) {
      // An astro-island is `display: contents` and has no box to scroll to: client:visible
      // watches its children, so bring the first one into view. Again every 100 ms while it
      // waits, because an island that hydrates may scroll the page to its own anchor.
      for (let tick = 0; island.hasAttribute('ssr'); tick += 1) {
        if (performance.now() > deadline) return { stuck: island.getAttribute('component-url') ?? 'an island', count: islands.length };
        if (tick % 10 === 0) (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const resting = island.querySelector<HTMLElement>('.tot-island');
      if (!wake || resting === null) continue;
      if (resting.dataset.island === 'resting') resting.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      while (resting.dataset.island !== 'live') {
        if (performance.now() > deadline) return { stuck: `${island.getAttribute('component-export') ?? 'an island'} (woken, not live)`, count: islands.length };
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    return { stuck: null, count: islands.length };
  }, { timeoutMs, wake });
  if (stuck !== null) throw new Error(`${stuck} did not hydrate within ${timeoutMs} ms of being scrolled into view`);
  if (count < atLeast) throw new Error(`${page.url()} has ${count} islands, fewer than the ${atLeast} it must have`);
  return count;
}

/** The text of a calculator's result cell, by its label. */
export function result(page: Page, calculatorId: string, label: string) {
  return page.locator(`#${calculatorId} .tot-result`, { hasText: label }).locator('output').textContent();
}
