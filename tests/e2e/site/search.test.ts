/**
 * Site search (Pagefind, built by Starlight, opened through src/components/overrides/Search.astro):
 * it finds a page by a word only its body contains, by mouse and by keyboard alone; it says it
 * is loading until its UI is there, keeping what the reader typed; and no page fetches the search
 * UI or its index before the reader opens search. The word is chosen at run time from the build,
 * so the test follows the content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser';
import { hydrateAll } from '../support/page';
import { cspViolations, distDirectory, label, openSitePage, sampledPages, sitePages } from '../support/site';

const browser = useBrowser();

/** Lower-case words of 8+ letters in a text. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? []);
}

/**
 * The search UI's own files in the build, found by what they hold rather than by name: the
 * scripts and stylesheets that carry Pagefind UI's class names.
 */
const searchUiFiles = readdirSync(join(distDirectory, '_astro')).filter(
  (file) => /\.(js|css)$/.test(file) && readFileSync(join(distDirectory, '_astro', file), 'utf8').includes('pagefind-ui__result'),
);

/** Whether a request belongs to search: the UI's files, or anything of Pagefind's (engine, index). */
function isSearchRequest(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.includes('/pagefind/') || searchUiFiles.some((file) => pathname.endsWith(`/_astro/${file}`));
}

/** Paths of the result links the search dialog shows. */
function resultPaths(page: Page): Promise<string[]> {
  return page
    .locator('.pagefind-ui__result-link')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** The first indexed article (not the landing page) with a word of 8+ letters that no other page and not its title uses. */
let chosen: { path: string; word: string };

beforeAll(async () => {
  const context = await browser().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const bodies = new Map<string, { title: string; words: Set<string> }>();
  for (const path of sitePages()) {
    await page.goto(new URL(path, inject('siteUrl')).href);
    // Starlight marks what Pagefind indexes with data-pagefind-body; pages without it are not indexed.
    const indexed = page.locator('[data-pagefind-body]');
    if ((await indexed.count()) === 0) continue;
    bodies.set(path, { title: await page.locator('h1').first().innerText(), words: words(await indexed.first().innerText()) });
  }
  await context.close();
  for (const [path, { title, words: own }] of [...bodies].filter(([path]) => path !== '')) {
    const titleWords = words(title);
    const word = [...own]
      .filter((candidate) => !titleWords.has(candidate) && ![...bodies].some(([other, body]) => other !== path && body.words.has(candidate)))
      .sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
    if (word) {
      chosen = { path, word };
      break;
    }
  }
}, 120_000);

describe('search', () => {
  test('there is an article with a word of its own, and search UI files in the build', () => {
    expect(chosen?.word).toMatch(/^[a-z]{8,}$/);
    expect(searchUiFiles.some((file) => file.endsWith('.js'))).toBe(true);
    expect(searchUiFiles.some((file) => file.endsWith('.css'))).toBe(true);
  });

  test('by mouse: the search button opens the dialog, and typing the word lists its page', { timeout: 60_000 }, async () => {
    const { context, page, problems } = await openSitePage(browser(), '');
    await page.locator('button[data-open-modal]').click();
    await expect.poll(() => page.locator('site-search dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open), { timeout: 10_000 }).toBe(true);
    await page.locator('#starlight__search input').fill(chosen.word);
    const expected = new URL(chosen.path, inject('siteUrl')).pathname;
    await expect.poll(() => resultPaths(page), { timeout: 10_000 }).toContain(expected);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  test('by keyboard alone: Tab and Enter open search, typing at once is kept, Escape closes, Ctrl+K reopens, Tab and Enter follow a result', { timeout: 60_000 }, async () => {
    const { context, page, problems } = await openSitePage(browser(), 'reference/glossary/');
    const focused = (selector: string) => page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, selector);
    const dialogOpen = () => page.locator('site-search dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open);

    let onButton = false;
    for (let presses = 0; presses < 6 && !onButton; presses += 1) {
      await page.keyboard.press('Tab');
      onButton = await focused('button[data-open-modal]');
    }
    expect(onButton, 'the search button takes focus within six Tab presses').toBe(true);
    await page.keyboard.press('Enter');
    // Typed straight away, before the search UI has arrived: nothing may be lost.
    await page.keyboard.type(chosen.word);
    const input = page.locator('#starlight__search input');
    await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toBe(chosen.word);
    await expect.poll(() => focused('#starlight__search input'), { timeout: 10_000 }).toBe(true);
    const expected = new URL(chosen.path, inject('siteUrl')).pathname;
    await expect.poll(() => resultPaths(page), { timeout: 10_000 }).toContain(expected);

    // Escape clears the input (Pagefind's UI) and closes the dialog, focus back on the button.
    await page.keyboard.press('Escape');
    expect(await dialogOpen()).toBe(false);
    expect(await focused('button[data-open-modal]')).toBe(true);
    await page.keyboard.press('Control+k');
    await expect.poll(() => focused('#starlight__search input'), { timeout: 10_000 }).toBe(true);
    await page.keyboard.type(chosen.word);
    await expect.poll(() => resultPaths(page), { timeout: 10_000 }).toContain(expected);

    let onResult = false;
    for (let presses = 0; presses < 6 && !onResult; presses += 1) {
      await page.keyboard.press('Tab');
      onResult = await focused('.pagefind-ui__result-link');
    }
    expect(onResult, 'a result link takes focus within six Tab presses').toBe(true);
    const target = await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname);
    await Promise.all([page.waitForURL((url) => url.pathname === target), page.keyboard.press('Enter')]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('/ opens search from the page, but is an ordinary character in a calculator field', { timeout: 60_000 }, async () => {
    const { context, page } = await openSitePage(browser(), 'training-steps/compute/');
    await hydrateAll(page);
    const field = page.locator('.tot-calculator input[type="text"]').first();
    await field.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('/');
    expect(await field.inputValue()).toMatch(/\/$/);
    expect(await page.locator('site-search dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);

    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('#starlight__search input') ?? false), { timeout: 10_000 }).toBe(true);
    // The slash opened search; it is not typed into the search input.
    expect(await page.locator('#starlight__search input').inputValue()).toBe('');
    await context.close();
  });

  test('while the UI loads the dialog says so; if it cannot load it says that, and opening again retries', { timeout: 60_000 }, async () => {
    const { context, page } = await openSitePage(browser(), '');
    const status = page.locator('site-search [role="status"]');
    const isUi = (route: Route) => searchUiFiles.some((file) => new URL(route.request().url()).pathname.endsWith(`/_astro/${file}`));

    // First attempt: the UI's files fail to arrive.
    await page.route('**/_astro/**', (route) => (isUi(route) ? route.abort() : route.continue()));
    await page.locator('button[data-open-modal]').click();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/could not load/i);
    await page.keyboard.press('Escape');
    await page.unroute('**/_astro/**');

    // Second attempt: held back until the test has seen the loading state.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/**', async (route) => {
      if (isUi(route)) await held;
      await route.continue();
    });
    await page.locator('button[data-open-modal]').click();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Loading search…');
    expect(await status.isVisible()).toBe(true);
    release();
    await expect.poll(() => page.locator('#starlight__search input').count(), { timeout: 10_000 }).toBe(1);
    expect(await status.textContent()).toBe('');
    expect(await status.isVisible()).toBe(false);
    await context.close();
  });

  // Every page, in the order of the build; an island's page after all its islands have hydrated.
  test('no page fetches the search UI, Pagefind or its index before search is opened; opening search does', { timeout: 300_000 }, async () => {
    const fetchedEarly: string[] = [];
    let checked = 0;
    // Generated pages (run pages, embeds) share one template each: a sample of them, as the other
    // whole-site loops take (the bundle test reads every page's scripts from the build).
    for (const path of [...sampledPages(), 'no-such-page/']) {
      const { context, page } = await openSitePage(browser(), path);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await hydrateAll(page);
      await page.waitForLoadState('networkidle');
      // The page's own first requests happened before the listener: read them from the browser.
      const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      fetchedEarly.push(...[...loaded, ...requests].filter(isSearchRequest).map((url) => `${label(path)}: ${new URL(url).pathname}`));
      if (path === '') {
        await page.locator('button[data-open-modal]').click();
        const fetchedOnOpening = async () =>
          (await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))).filter(isSearchRequest).length;
        // The UI's script and stylesheet, Pagefind's script, its entry file and index metadata.
        await expect.poll(fetchedOnOpening, { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
      }
      await context.close();
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(30);
    expect(fetchedEarly).toEqual([]);
  });
});
