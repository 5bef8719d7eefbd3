// @ts-check
// Bytes a page costs: every response body, raw and gzipped, JavaScript apart, after every island
// has been scrolled into view and has hydrated, and before the reader opens search. A calculator
// then rests until it is used; the JavaScript the page has fetched once every calculator on it is
// in use is measured too (`inUse`).
import { measuredResponse, scriptSummary, totalBytes } from './responses.mjs';
import { wakeCalculators } from './wake.mjs';

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<{ jsRaw: number, jsGzip: number, jsFiles: number, totalRaw: number, totalGzip: number, requests: number, islands: number, scripts: { path: string, gzip: number }[], inUse: { jsRaw: number, jsGzip: number, jsFiles: number, scripts: { path: string, gzip: number }[] } }>}
 */
export async function measureWeight(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {ReturnType<typeof measuredResponse>[]} */
  const pending = [];
  page.on('response', (response) => pending.push(measuredResponse(response)));
  await page.goto(url, { waitUntil: 'load' });
  const islands = await page.locator('astro-island').count();
  for (let index = 0; index < islands; index += 1) {
    await page.locator('astro-island').nth(index).scrollIntoViewIfNeeded();
  }
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(pending);
  await wakeCalculators(page);
  await page.waitForLoadState('networkidle');
  const inUse = scriptSummary(await Promise.all(pending));
  await context.close();
  return {
    ...scriptSummary(bodies),
    totalRaw: totalBytes(bodies, 'raw'),
    totalGzip: totalBytes(bodies, 'gzip'),
    requests: bodies.length,
    islands,
    inUse,
  };
}
