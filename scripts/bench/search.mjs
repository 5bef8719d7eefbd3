// @ts-check
// What opening search costs: every response from the click on the search button until the
// dialog is ready to type in (its input has focus) and the network has been quiet for a moment.
// Pagefind's UI loads then, and Pagefind's engine and index metadata when the input takes focus.
import { measuredResponse, scriptSummary, totalBytes } from './responses.mjs';

/** Resolves once `count()` has not changed for `quietMs` (or after `maxMs`). */
async function settle(/** @type {() => number} */ count, quietMs = 750, maxMs = 15_000) {
  const started = Date.now();
  let last = count();
  let since = Date.now();
  while (Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (count() !== last) {
      last = count();
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url a page with the search button
 * @returns {Promise<{ jsRaw: number, jsGzip: number, jsFiles: number, cssGzip: number, otherGzip: number, files: { path: string, gzip: number }[] }>}
 */
export async function measureSearch(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  /** @type {ReturnType<typeof measuredResponse>[]} */
  const pending = [];
  page.on('response', (response) => pending.push(measuredResponse(response)));
  await page.locator('button[data-open-modal]').click();
  await page.waitForFunction(() => document.activeElement?.matches('#starlight__search input') ?? false, undefined, { timeout: 15_000 });
  await settle(() => pending.length);
  const responses = await Promise.all(pending);
  await context.close();
  const { jsRaw, jsGzip, jsFiles } = scriptSummary(responses);
  return {
    jsRaw,
    jsGzip,
    jsFiles,
    cssGzip: totalBytes(responses.filter((item) => item.kind === 'css'), 'gzip'),
    otherGzip: totalBytes(responses.filter((item) => item.kind === 'other'), 'gzip'),
    files: responses.map(({ path, gzip }) => ({ path, gzip })),
  };
}
