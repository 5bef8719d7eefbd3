/**
 * Whole-site checks on every page of the build (discovered from dist/, so new pages are covered
 * without editing this file): loads cleanly, hydrates, satisfies its Content-Security-Policy,
 * passes axe in both themes, reads without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser';
import { hydrateAll } from '../support/page';
import {
  articlePaths,
  brokenText,
  builtHtmlFiles,
  cspViolations,
  declaredIslands,
  distDirectory,
  label,
  openSitePage,
  sampledPages,
  sitePages,
} from '../support/site';

const pages = sitePages();
const browser = useBrowser();

/**
 * Serious and critical axe violations, as readable lines. One rule is off, for an upstream
 * reason: Starlight's search button shows "Search" plus a shortcut hint (Ctrl K) while its
 * accessible name is "Search", which `label-content-name-mismatch` flags. Not ours to fix.
 */
async function seriousAxeViolations(page: Page, only?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).disableRules(['label-content-name-mismatch']);
  const results = await (only ? builder.withRules(only) : builder).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Elements carrying an inline event handler attribute (`onclick=` …) in the live DOM. */
function inlineHandlersInDom(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `<${element.localName} ${attribute.name}>`),
    ),
  );
}

describe('the pages under test', () => {
  test('include a page for every article in src/content/docs (the build dropped none)', () => {
    expect(articlePaths().length).toBeGreaterThanOrEqual(25);
    expect(pages).toEqual(expect.arrayContaining(articlePaths()));
  });

  test('include the articles that embed islands, which every island check below counts against', () => {
    const withIslands = pages.filter((path) => declaredIslands(path) > 0);
    expect(withIslands.length).toBeGreaterThanOrEqual(10);
    expect(withIslands).toEqual(expect.arrayContaining(['training-steps/compute/', 'recommendations/build-or-fine-tune/', 'history/price-tag-of-progress/']));
  });
});

// Pages are independent: check a few at once (axe is the slow part, and waits on the browser).
describe.concurrent('every page, with JavaScript', () => {
  test.each(sampledPages(pages).map((path) => [label(path), path]))(
    '%s loads with no console error, failed or cross-origin request or CSP violation; every island hydrates; axe finds nothing serious (all rules in light, contrast in dark)',
    { timeout: 180_000 },
    async (_label, path) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { context, page, problems } = await openSitePage(browser(), path, { colorScheme });
        await hydrateAll(page, { atLeast: declaredIslands(path) });
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
        // Every rule once; the dark theme changes colours only, so it reruns the contrast rule.
        const violations = await seriousAxeViolations(page, colorScheme === 'dark' ? ['color-contrast'] : undefined);
        expect(violations, `axe, ${colorScheme} theme`).toEqual([]);
        expect(await inlineHandlersInDom(page)).toEqual([]);
        expect(await cspViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      }
    },
  );

  test('the 404 page: served with status 404, no other problem, no CSP violation, axe clean', async () => {
    const { context, page, problems } = await openSitePage(browser(), 'no-such-page-anywhere/');
    await hydrateAll(page);
    expect(await page.locator('h1').innerText()).toMatch(/not found/i);
    // The document's own 404 is the point of this page; anything else is a problem.
    const expected = [/^HTTP 404: .*\/no-such-page-anywhere\/$/, /^console error: Failed to load resource: the server responded with a status of 404/];
    expect(problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe.concurrent('every page, without JavaScript', () => {
  test.each(sampledPages(pages).map((path) => [label(path), path]))(
    '%s is readable and every calculator shows its worked example with numbers',
    { timeout: 120_000 },
    async (_label, path) => {
      const { context, page, problems } = await openSitePage(browser(), path, { javaScriptEnabled: false });
      const main = (await page.locator('main').innerText()).trim();
      expect(main.length, 'main content text').toBeGreaterThan(40);
      expect(await page.locator('body').innerText()).not.toMatch(brokenText);
      const calculators = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.tot-calculator')].map((calculator) => ({
          id: calculator.id,
          outputs: [...calculator.querySelectorAll('output')].map((output) => (output.textContent ?? '').trim()),
          values: [...calculator.querySelectorAll('input')].map((input) => input.value),
        })),
      );
      for (const { id, outputs, values } of calculators) {
        // Some results are words ("Buying", "No", a recommendation): the worked example still
        // shows its numbers, in its results or its filled-in fields, and no result is empty or broken.
        expect([...outputs, ...values].filter((text) => /\d/.test(text)).length, `#${id}: numbers shown`).toBeGreaterThan(0);
        for (const [index, text] of outputs.entries()) {
          expect(text, `#${id} output ${index + 1}`).not.toBe('');
          expect(text, `#${id} output ${index + 1}`).not.toMatch(brokenText);
        }
      }
      expect(await inlineHandlersInDom(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});

describe('safe to host', () => {
  const files = builtHtmlFiles();

  test('no built HTML file has an inline event handler attribute (on…=)', () => {
    const offenders: string[] = [];
    for (const file of files) {
      // Scripts and styles are code, not markup: drop them before looking at tags.
      const markup = readFileSync(file, 'utf8')
        .replace(/<script\b[\s\S]*?<\/script>/gi, '')
        .replace(/<style\b[\s\S]*?<\/style>/gi, '');
      for (const match of markup.matchAll(/<[a-zA-Z][\w:-]*\b[^>]*?\son[a-z]+\s*=/g)) offenders.push(`${file}: ${match[0].slice(0, 120)}`);
    }
    expect(offenders).toEqual([]);
  });

  test("every built page has a Content-Security-Policy whose script-src has no 'unsafe-inline' and allows each of its inline scripts by hash", () => {
    const problems: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i)?.[1];
      if (policy === undefined) {
        problems.push(`${file}: no CSP meta`);
        continue;
      }
      const scriptSrc = policy.split(';').map((directive) => directive.trim()).find((directive) => directive.startsWith('script-src '));
      if (scriptSrc === undefined) problems.push(`${file}: no script-src`);
      else if (scriptSrc.includes("'unsafe-inline'")) problems.push(`${file}: script-src allows 'unsafe-inline'`);
      for (const [, body = ''] of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
        const hash = `sha256-${createHash('sha256').update(body).digest('base64')}`;
        if (!scriptSrc?.includes(`'${hash}'`)) problems.push(`${file}: inline script not allowed by hash ${hash}: ${body.trim().slice(0, 80)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('_headers (Netlify, Cloudflare Pages) sends Referrer-Policy, nosniff and frame-ancestors for every path', () => {
    const file = join(distDirectory, '_headers');
    expect(existsSync(file)).toBe(true);
    const headers = readFileSync(file, 'utf8');
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toMatch(/^\s+Referrer-Policy: strict-origin-when-cross-origin$/m);
    expect(headers).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
    expect(headers).toMatch(/^\s+Content-Security-Policy: .*frame-ancestors 'none'/m);
  });
});
