/**
 * Calculator embeds (`/embed/<calculator>/`): one for every calculator in the catalogue, each
 * showing its article's worked example without JavaScript, with no header, search or sidebar,
 * axe clean; "Copy embed code" on the article gives an iframe that reproduces the reader's
 * state; and only the embeds may be framed by other sites (`_headers`).
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import * as catalogue from '~/components/calculators';
import { embedTargets, type EmbedTarget } from '~/components/embeds';
import { useBrowser } from './support/browser';
import { hydrateAll } from './support/page';
import { brokenText, bumpFirstDigit, cspViolations, distDirectory, openSitePage, sitePages } from './support/site';

const browser = useBrowser();
const targets = Object.entries(embedTargets) as [string, EmbedTarget][];
const embedPage = (target: EmbedTarget) => `embed/${target.anchor}/`;

/** The outputs of the calculator with this anchor (a figure for the chart), in document order. */
function outputsOf(page: Page, anchor: string): Promise<string[]> {
  return page.locator(`[id="${anchor}"] output`).evaluateAll((outputs) => outputs.map((output) => (output.textContent ?? '').trim()));
}

// Embeds are independent: check a few at once (axe waits on the browser).
describe.concurrent('one embed per calculator', () => {
  test('the catalogue, the embed list and the build agree: every calculator has exactly one embed page', () => {
    expect(Object.keys(embedTargets).sort()).toEqual(Object.keys(catalogue).sort());
    const built = readdirSync(join(distDirectory, 'embed')).filter((name) => existsSync(join(distDirectory, 'embed', name, 'index.html')));
    expect(built.sort()).toEqual(targets.map(([, target]) => target.anchor).sort());
  });

  test.each(targets)('%s: without JavaScript, the embed shows its article’s worked example, one island, no header, search or sidebar, and links back to the article', { timeout: 60_000 }, async (_name, target) => {
    const article = await openSitePage(browser(), target.article.slice(1), { javaScriptEnabled: false });
    const expected = await outputsOf(article.page, target.anchor);
    await article.context.close();

    const { context, page, problems } = await openSitePage(browser(), embedPage(target), { javaScriptEnabled: false });
    expect(await page.locator('astro-island').count()).toBe(1);
    expect(await page.locator(`[id="${target.anchor}"]`).count()).toBe(1);
    expect(await outputsOf(page, target.anchor)).toEqual(expected);
    expect(await page.locator('body').innerText()).not.toMatch(brokenText);
    expect(await page.locator('header, nav, site-search, [data-pagefind-body], #starlight__sidebar').count()).toBe(0);
    expect(await page.locator('h1').innerText()).toBe(target.title);
    const back = page.locator('a[data-embed-article]');
    expect(new URL((await back.getAttribute('href'))!, 'https://x.example').pathname).toBe(target.article);
    expect(await page.locator('base').getAttribute('target')).toBe('_blank');
    expect(problems).toEqual([]);
    await context.close();
  });

  test.each(targets)('%s: with JavaScript, the embed hydrates, loads no search, and axe finds nothing serious', { timeout: 60_000 }, async (_name, target) => {
    const requests: string[] = [];
    const { context, page, problems } = await openSitePage(browser(), embedPage(target), {
      beforeLoad: async (p) => void p.on('request', (request) => requests.push(request.url())),
    });
    await hydrateAll(page);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => /pagefind/i.test(url))).toEqual([]);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** What the page has written to its clipboard (stubbed before load, so no permission is needed). */
async function copiedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
}

describe('"Copy embed code" reproduces the reader’s state', () => {
  const withButton = targets.filter(([, target]) => readFileSync(join(distDirectory, target.article.slice(1), 'index.html'), 'utf8').includes('Copy embed code'));

  test('every calculator with a copy-link button also has the embed button', () => {
    expect(withButton.length).toBeGreaterThanOrEqual(12);
  });

  test.each(withButton)('%s: edit a field on the article, copy the embed code, and the iframe shows the same results', { timeout: 90_000 }, async (_name, target) => {
    const { context, page, problems } = await openSitePage(browser(), target.article.slice(1), {
      beforeLoad: async (p) => {
        await p.addInitScript(() => {
          const copied: string[] = [];
          (window as unknown as { __copied: string[] }).__copied = copied;
          Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) } });
        });
      },
    });
    await hydrateAll(page);
    const calculator = page.locator(`[id="${target.anchor}"]`);
    // One valid edit: the first text field whose first digit can be bumped, else the first choice.
    let edited = false;
    for (const field of await calculator.locator('input[type="text"], input:not([type])').all()) {
      const original = await field.inputValue();
      const next = bumpFirstDigit(original);
      if (next === undefined) continue;
      await field.fill(next);
      if ((await field.getAttribute('aria-invalid')) !== 'true') {
        edited = true;
        break;
      }
      await field.fill(original);
    }
    const select = calculator.locator('select').first();
    if (!edited && (await select.count()) > 0) {
      const current = await select.inputValue();
      const options = await select.locator('option').evaluateAll((all) => all.map((option) => (option as HTMLOptionElement).value));
      await select.selectOption(options.find((option) => option !== current)!);
      edited = true;
    }
    if (target.namespace !== null) {
      expect(edited, 'a calculator with URL state has a field to edit').toBe(true);
      await expect.poll(() => new URL(page.url()).search, { timeout: 5_000 }).toContain(`${target.namespace}.`);
    }
    const shown = await outputsOf(page, target.anchor);
    await calculator.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => copiedTexts(page)).toHaveLength(1);
    const [code] = await copiedTexts(page);
    expect(code).toMatch(/^<iframe src="[^"]+" title="[^"]+" loading="lazy" style="width: 100%; height: \d+px; border: 0;" allow="clipboard-write"><\/iframe>$/);
    const src = code!.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
    expect(new URL(src).pathname).toBe(`/${embedPage(target)}`);
    expect(new URL(src).origin).toBe(new URL(inject('siteUrl')).origin);

    // Another page frames the embed with exactly the copied code.
    const host = await context.newPage();
    await host.setContent(`<!doctype html><title>host</title><main>${code}</main>`);
    const frame = host.frameLocator('iframe');
    await frame.locator(`[id="${target.anchor}"]`).scrollIntoViewIfNeeded();
    const framed = host.frames().find((candidate) => candidate.url().startsWith(src.split('?')[0]!))!;
    await framed.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
    await expect
      .poll(() => framed.locator(`[id="${target.anchor}"] output`).evaluateAll((outputs) => outputs.map((output) => (output.textContent ?? '').trim())))
      .toEqual(shown);
    // The embed's link back to the article carries the same state.
    const back = framed.locator('a[data-embed-article]');
    await back.focus();
    expect(new URL((await back.getAttribute('href'))!).search).toBe(new URL(src).search);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('only the embeds may be framed (_headers)', () => {
  /** `_headers` rules as path pattern and header lines (Netlify and Cloudflare Pages syntax). */
  function rules(): { pattern: string; headers: string[] }[] {
    const parsed: { pattern: string; headers: string[] }[] = [];
    for (const line of readFileSync(join(distDirectory, '_headers'), 'utf8').split('\n')) {
      if (line.startsWith('#') || line.trim() === '') continue;
      if (line.startsWith('/')) parsed.push({ pattern: line.trim(), headers: [] });
      else parsed.at(-1)!.headers.push(line.trim());
    }
    return parsed;
  }
  const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

  test('every page gets frame-ancestors from exactly one rule: \'none\' and X-Frame-Options DENY, except /embed/*, which any site may frame', () => {
    const all = rules();
    const problems: string[] = [];
    for (const path of [...sitePages().map((page) => `/${page}`), '/404.html', '/index.html']) {
      const matching = all.filter((rule) => matches(rule.pattern, path));
      const names = matching.flatMap((rule) => rule.headers.map((header) => header.split(':')[0]!.toLowerCase()));
      // A header set by two matching rules means different things on different hosts (joined, replaced or first wins).
      const repeated = names.filter((name, index) => names.indexOf(name) !== index);
      if (repeated.length > 0) problems.push(`${path}: ${repeated.join(', ')} set by more than one rule`);
      const headers = matching.flatMap((rule) => rule.headers);
      const csp = headers.filter((header) => header.startsWith('Content-Security-Policy:'));
      const xfo = headers.filter((header) => header.startsWith('X-Frame-Options:'));
      if (path.startsWith('/embed/')) {
        if (csp.length !== 1 || !/frame-ancestors \*;/.test(csp[0]!)) problems.push(`${path}: expected frame-ancestors *, got ${csp.join(' | ')}`);
        if (xfo.length > 0) problems.push(`${path}: X-Frame-Options would forbid framing`);
      } else {
        if (csp.length !== 1 || !/frame-ancestors 'none';/.test(csp[0]!)) problems.push(`${path}: expected frame-ancestors 'none', got ${csp.join(' | ')}`);
        if (xfo.join() !== 'X-Frame-Options: DENY') problems.push(`${path}: expected X-Frame-Options: DENY, got ${xfo.join(' | ')}`);
      }
      if (!headers.includes('X-Content-Type-Options: nosniff')) problems.push(`${path}: no nosniff`);
    }
    expect(sitePages().filter((path) => path.startsWith('embed/')).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
