import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { buildSite } from './support/build';
import { useBrowser } from './support/browser';

/** The guide hosted below a sub-path, as on GitHub Pages or behind a shared domain. */
const basePath = '/guides/train-or-tune';
let outDir: string;
let server: { url: string; close: () => Promise<void> };
const browser = useBrowser();

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'train-or-tune-base-'));
  // BASE_URL as vitest exports it must not win over BASE_PATH (astro.config.mjs guards that).
  buildSite({ outDir, env: { BASE_URL: '/', BASE_PATH: basePath, SITE_URL: 'https://example.org' } });
  server = await startStaticServer({ root: outDir, base: basePath });
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe(`hosted under a sub-path (${basePath})`, () => {
  test('every same-origin link and asset on the landing and estimator pages stays under the base and resolves', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    for (const path of ['', 'training-steps/compute/']) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      const hrefs = await page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      const local = [...new Set(hrefs.map((href) => href.split('#')[0]!))].filter((href) => href.startsWith(new URL(server.url).origin));
      expect(local.length).toBeGreaterThan(0);
      for (const href of local) {
        expect(new URL(href).pathname.startsWith(`${basePath}/`), href).toBe(true);
        const response = await page.request.get(href);
        if (response.status() !== 200) failures.push(`${response.status()} ${href} (linked from /${path})`);
      }
    }
    expect(failures).toEqual([]);
    await context.close();
  });

  test('canonical links use SITE_URL and the base path', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}training-steps/compute/`);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `https://example.org${basePath}/training-steps/compute/`,
    );
    await context.close();
  });

  test('the estimator hydrates and its link to the Assumptions page stays under the base', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    // The second estimator: it prices at the shared band, so it links to the Assumptions page.
    await page.goto(`${server.url}training-steps/compute/#training-estimator-compare`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#training-estimator-compare >> xpath=ancestor::astro-island[not(@ssr)]', { state: 'attached' });
    const assumptionsLink = page.locator('#training-estimator-compare a', { hasText: 'Change them' });
    expect(await assumptionsLink.getAttribute('href')).toBe(`${basePath}/reference/assumptions/`);
    await page.locator('#training-estimator-compare').getByLabel('Training tokens').fill('2T');
    await expect.poll(() => page.url()).toContain('compare.tokens=2T');
    expect(new URL(page.url()).pathname).toBe(`${basePath}/training-steps/compute/`);
    await context.close();
  });
});
