/**
 * A crawl of every link on every page: each same-origin target answers 200, each #fragment names
 * an element on its target page, and each link that carries calculator state (`?train.params=70B`)
 * opens with that state applied. starlight-links-validator checks the Markdown links at build
 * time; this also covers links rendered by components and islands.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser';
import { hydrateAll } from '../support/page';
import { brokenText, builtLinks, cspViolations, declaredIslands, openSitePage, sitePages, stateKeyPattern } from '../support/site';

const pages = sitePages();
const browser = useBrowser();

/** Per page visited: its links (absolute) and the ids its DOM holds once hydrated. */
const crawl = new Map<string, { links: string[]; ids: Set<string> }>();

beforeAll(async () => {
  const { context, page } = await openSitePage(browser(), '');
  for (const path of pages) {
    const url = new URL(path, inject('siteUrl')).href;
    await page.goto(url, { waitUntil: 'load' });
    await hydrateAll(page, { atLeast: declaredIslands(path) });
    const found = await page.evaluate(() => ({
      // getAttribute, not .href: an SVG <a> (the history chart's points) has no string href.
      links: [...document.querySelectorAll('a[href]')].map((anchor) => new URL(anchor.getAttribute('href')!, document.baseURI).href),
      ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
    }));
    crawl.set(url, { links: found.links, ids: new Set(found.ids) });
  }
  await context.close();
}, 180_000);

const origin = () => new URL(inject('siteUrl')).origin;

/** The links the built HTML itself holds (before any island renders) that `keep` selects. */
function builtLinksWhere(keep: (url: URL) => boolean): string[] {
  return [...builtLinks(inject('siteUrl'))].filter((href) => keep(new URL(href)));
}

/** True for a link that carries calculator state (`?train.params=70B`). */
const carriesState = (url: URL) => [...url.searchParams.keys()].some((key) => stateKeyPattern.test(key));

/** Every distinct same-origin link on the site, with the pages it appears on. */
function siteLinks(): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const [page, { links: found }] of crawl) {
    for (const href of found) {
      const url = new URL(href);
      if (url.origin !== origin()) continue;
      links.set(url.href, [...(links.get(url.href) ?? []), page]);
    }
  }
  return links;
}

describe('links', () => {
  test('the crawl found every page and links on them', () => {
    expect(crawl.size).toBe(pages.length);
    expect(siteLinks().size).toBeGreaterThan(pages.length);
  });

  test('every same-origin link target answers HTTP 200 (each fetched once)', async () => {
    const targets = new Map<string, string[]>();
    for (const [href, from] of siteLinks()) {
      const url = new URL(href);
      url.hash = '';
      targets.set(url.href, [...(targets.get(url.href) ?? []), ...from]);
    }
    const context = await browser().newContext();
    const broken: string[] = [];
    for (const [target, from] of targets) {
      const response = await context.request.get(target, { maxRedirects: 0 });
      if (response.status() !== 200) broken.push(`${target} → HTTP ${response.status()} (linked from ${[...new Set(from)].join(', ')})`);
    }
    await context.close();
    expect(broken).toEqual([]);
  });

  test('every #fragment names an element on its target page', async () => {
    const missing: string[] = [];
    const fetched = new Map<string, Set<string>>();
    const withFragments = [...siteLinks()].filter(([href]) => !['', '#'].includes(new URL(href).hash));
    // The crawl of the hydrated pages finds at least the fragment links written into the HTML.
    const inHtml = builtLinksWhere((url) => url.hash.length > 1);
    expect(inHtml.length).toBeGreaterThan(100);
    expect(withFragments.map(([href]) => href)).toEqual(expect.arrayContaining(inHtml));
    for (const [href, from] of withFragments) {
      const url = new URL(href);
      const fragment = decodeURIComponent(url.hash.slice(1));
      url.hash = '';
      url.search = '';
      let ids = crawl.get(url.href)?.ids ?? fetched.get(url.href);
      if (ids === undefined) {
        // Not a page of the crawl (e.g. a file): read the ids from its HTML.
        const context = await browser().newContext();
        const html = await (await context.request.get(url.href)).text();
        await context.close();
        ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? ''));
        fetched.set(url.href, ids);
      }
      if (!ids.has(fragment)) missing.push(`${href}: no element with id "${fragment}" (linked from ${[...new Set(from)].join(', ')})`);
    }
    expect(missing).toEqual([]);
  });

  test('links that carry calculator state open with it applied and no console error', { timeout: 180_000 }, async () => {
    const stateLinks = [...siteLinks().keys()].filter((href) => carriesState(new URL(href)));
    // Articles link to calculators in a given state; the crawl must have found each of them.
    const inHtml = builtLinksWhere(carriesState);
    expect(inHtml.length).toBeGreaterThanOrEqual(5);
    expect(stateLinks).toEqual(expect.arrayContaining(inHtml));
    const failures: string[] = [];
    for (const href of stateLinks) {
      const url = new URL(href);
      const { context, page, problems } = await openSitePage(browser(), href);
      await hydrateAll(page);
      const anchor = url.hash.slice(1);
      for (const [name, value] of url.searchParams) {
        if (!stateKeyPattern.test(name)) continue;
        const key = name.split('.')[1]!;
        // Fields are named `<calculator anchor>-<key>`: the link's anchor narrows the search.
        const shown = await page
          .waitForFunction(
            ({ anchor, key, value }) => {
              const scope = (anchor && document.getElementById(anchor)) || document;
              return [...scope.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`input[id$="-${key}"], select[id$="-${key}"]`)].some(
                (field) => field.value === value,
              );
            },
            { anchor, key, value },
            { timeout: 5_000 },
          )
          .then(() => true)
          .catch(() => false);
        if (!shown) failures.push(`${href}: no field "${key}" shows "${value}"`);
      }
      if (brokenText.test(await page.locator('body').innerText())) failures.push(`${href}: NaN/undefined on the page`);
      failures.push(...problems.map((problem) => `${href}: ${problem}`));
      failures.push(...(await cspViolations(page)).map((violation) => `${href}: CSP ${violation}`));
      await context.close();
    }
    expect(failures).toEqual([]);
  });
});
