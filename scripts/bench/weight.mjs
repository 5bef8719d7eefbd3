// @ts-check
// Bytes a page costs: every response body, its size raw and gzipped (node:zlib, level 9 like a
// CDN's static compression), JavaScript apart, after every island has been scrolled into view.
import { gzipSync } from 'node:zlib';

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<{ jsRaw: number, jsGzip: number, jsFiles: number, totalRaw: number, totalGzip: number, requests: number, islands: number }>}
 */
export async function measureWeight(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {Promise<{ js: boolean, raw: number, gzip: number }>[]} */
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const type = response.headers()['content-type'] ?? '';
        const js = response.request().resourceType() === 'script' || /javascript/.test(type);
        let body;
        try {
          body = await response.body();
        } catch {
          return { js, raw: 0, gzip: 0 }; // redirects and aborted requests have no body
        }
        return { js, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  const islands = await page.locator('astro-island').count();
  for (let index = 0; index < islands; index += 1) {
    await page.locator('astro-island').nth(index).scrollIntoViewIfNeeded();
  }
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(pending);
  await context.close();
  const sum = (/** @type {typeof bodies} */ list, /** @type {'raw' | 'gzip'} */ key) => list.reduce((total, item) => total + item[key], 0);
  const scripts = bodies.filter((item) => item.js);
  return {
    jsRaw: sum(scripts, 'raw'),
    jsGzip: sum(scripts, 'gzip'),
    jsFiles: scripts.length,
    totalRaw: sum(bodies, 'raw'),
    totalGzip: sum(bodies, 'gzip'),
    requests: bodies.length,
    islands,
  };
}
