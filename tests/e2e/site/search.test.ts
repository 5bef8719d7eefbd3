/**
 * Site search (Pagefind, built by Starlight) finds a page by a word only its body contains.
 * The word is chosen at run time from the build, so the test follows the content.
 */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser';
import { cspViolations, openSitePage, sitePages } from '../support/site';

const browser = useBrowser();

/** Lower-case words of 8+ letters in a text. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? []);
}

describe('search', () => {
  test('finds a page by a word that only its body contains (not its title, not any other page)', { timeout: 120_000 }, async () => {
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

    // The first indexed article (not the landing page) with a word no other page uses.
    let chosen: { path: string; word: string } | undefined;
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
    expect(chosen, 'an article with a word of its own').toBeDefined();

    const { context: searchContext, page: searchPage, problems } = await openSitePage(browser(), '');
    await searchPage.locator('button[data-open-modal]').click();
    const input = searchPage.locator('site-search dialog input, #starlight__search input').first();
    await input.fill(chosen!.word);
    const expected = new URL(chosen!.path, inject('siteUrl')).pathname;
    await expect
      .poll(
        () => searchPage.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
        { timeout: 10_000 },
      )
      .toContain(expected);
    expect(problems).toEqual([]);
    expect(await cspViolations(searchPage)).toEqual([]);
    await searchContext.close();
  });
});
