import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { builtPages } from '../../../scripts/built-pages.mjs';
import { openPage, type OpenedPage } from './page';

/** The built site, as served to the e2e tests. */
export const distDirectory = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** The articles, in the repository: what the build must turn into pages. */
const docsDirectory = fileURLToPath(new URL('../../../src/content/docs/', import.meta.url));

/**
 * The site path of every article in src/content/docs (`basics/memory.mdx` → `basics/memory/`,
 * `index.mdx` → `''`), sorted. Read from the sources, so it is a count the build did not make: a
 * build that drops a page fails against it.
 */
export function articlePaths(): string[] {
  return readdirSync(docsDirectory, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => file.split('\\').join('/').replace(/\.mdx?$/, '/').replace(/(^|\/)index\/$/, '$1'))
    .sort();
}

/** The source of the article behind a site path (MDX or Markdown). */
function articleSource(path: string): string {
  const base = path === '' ? 'index' : path.replace(/\/$/, '');
  const file = [`${base}.mdx`, `${base}.md`, `${base}/index.mdx`].map((name) => join(docsDirectory, name)).find((name) => existsSync(name));
  if (file === undefined) throw new Error(`No article in src/content/docs for the page /${path}`);
  return readFileSync(file, 'utf8');
}

/** `client:` directives in an article or template: the islands it puts on its page. */
const clientDirectives = (source: string) => source.match(/\bclient:(?:load|idle|visible|media|only)\b/g)?.length ?? 0;

/**
 * How many islands a page must hydrate: for an article, its `client:` directives
 * (`<TrainingEstimator client:visible />`); for a page generated without an article, its
 * template's: a calculator embed (`embed/…`) has its one calculator, picked from the template's
 * one directive per calculator; a run page (`history/runs/…`) what its template declares.
 */
export function declaredIslands(path: string): number {
  if (path.startsWith('embed/')) return 1;
  if (path.startsWith('history/runs/')) return clientDirectives(readFileSync(new URL('../../../src/pages/history/runs/[id].astro', import.meta.url), 'utf8'));
  return clientDirectives(articleSource(path));
}

/**
 * Every page of the build, as a site path ('' for the landing page, 'training-steps/compute/'),
 * discovered from dist/**\/index.html so a page added tomorrow is covered without editing a test.
 * Throws when the build lacks the page of any article in src/content/docs (no build, a stale one,
 * or a page that failed), so no whole-site loop can pass over a short list.
 * The 404 page (dist/404.html) is not in the list: tests open it through a missing address.
 */
export function sitePages(): string[] {
  const pages = builtPages(distDirectory);
  if (pages.length === 0) throw new Error(`No page found under ${distDirectory}: did the build run?`);
  const missing = articlePaths().filter((path) => !pages.includes(path));
  if (missing.length > 0) throw new Error(`The build in ${distDirectory} has no page for the articles ${missing.map(label).join(', ')}: rebuild.`);
  return pages;
}

/** Every built HTML file (pages and 404.html), as absolute paths. */
export function builtHtmlFiles(): string[] {
  return [...sitePages().map((path) => join(distDirectory, path, 'index.html')), join(distDirectory, '404.html')];
}

/** A page's built HTML. */
export function builtHtml(path: string): string {
  return readFileSync(join(distDirectory, path, 'index.html'), 'utf8');
}

/** Pages whose built HTML holds at least one calculator (`.tot-calculator`). */
export function calculatorPages(): string[] {
  return sitePages().filter((path) => /class="[^"]*\btot-calculator\b/.test(builtHtml(path)));
}

/**
 * Inputs a reader types into, in a page's built HTML: every `<input>` but choices and buttons
 * (radio, checkbox, hidden, button, submit, reset) and sliders. A field that turned into `type="number"`
 * still counts here, so a test that types only into text fields notices it left one out.
 */
function typedInputs(path: string): string[] {
  // A slider (`type="range"`) takes no typed text: the browser clamps whatever it is given to its
  // range and step, and the slider sets its text field, which is fed the hostile values.
  return [...builtHtml(path).matchAll(/<input\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/\stype="(?:radio|checkbox|hidden|button|submit|reset|range)"/.test(tag));
}

/**
 * Pages whose built HTML has a field to type into, found without the calculator class: the same
 * list as {@link calculatorPages} unless a calculator lost its class, or a field appeared outside one.
 */
export function pagesWithInputs(): string[] {
  return sitePages().filter((path) => typedInputs(path).length > 0);
}

/** How many fields to type into a page's built HTML holds (all of them inside calculators). */
export function builtInputCount(path: string): number {
  return typedInputs(path).length;
}

/**
 * Every distinct link target in the built pages' HTML, as absolute URLs on the served `origin`
 * (each `href`, entities decoded, resolved against its page): what a crawl of the live pages
 * must at least find. Links to other origins are left out.
 */
export function builtLinks(siteRoot: string): Set<string> {
  const { origin } = new URL(siteRoot);
  const links = sitePages().flatMap((path) =>
    [...builtHtml(path).matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((match) => new URL((match[1] ?? '').replaceAll('&amp;', '&'), new URL(path, siteRoot))),
  );
  return new Set(links.filter((url) => url.origin === origin).map((url) => url.href));
}

/** A URL query key a calculator writes: `namespace.field` (`train.params`). */
export const stateKeyPattern = /^[a-z0-9]+\.[a-z0-9]+$/i;

/**
 * Page families generated from one template each: a calculator embed per calculator
 * (`embed/<anchor>/`, every one checked by tests/e2e/embeds.test.ts) and a page per published run
 * (`history/runs/<id>/`, every one checked by tests/e2e/run-pages.test.ts).
 */
const generatedFamilies = ['embed/', 'history/runs/'];

/**
 * The pages a costly whole-site loop (hostile query strings, hostile input, axe in both themes)
 * visits: every written page, and of each generated family (see `generatedFamilies`) its first
 * and last page and every eighth, so the suite's time grows with templates, not with rows of
 * data. `E2E_ALL_PAGES=1` visits them all.
 */
export function sampledPages(pages: readonly string[] = sitePages()): string[] {
  if (process.env.E2E_ALL_PAGES === '1') return [...pages];
  return pages.filter((path) => {
    const family = generatedFamilies.find((prefix) => path.startsWith(prefix) && path !== prefix);
    if (family === undefined) return true;
    const members = pages.filter((other) => other.startsWith(family) && other !== family);
    const index = members.indexOf(path);
    return index === 0 || index === members.length - 1 || index % 8 === 0;
  });
}

/** Human label for a page path in test names. */
export function label(path: string): string {
  return `/${path}`;
}

/**
 * Opens a page like `openPage` and also records Content-Security-Policy violations
 * (`securitypolicyviolation` events, from before the first script runs) into `problems`.
 */
export async function openSitePage(
  browser: Browser,
  path: string,
  options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark'; beforeLoad?: (page: Page) => Promise<void> } = {},
): Promise<OpenedPage> {
  const opened = await openPage(browser, path, {
    javaScriptEnabled: options.javaScriptEnabled,
    beforeLoad: async (page) => {
      if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      await options.beforeLoad?.(page);
    },
  });
  return opened;
}

/** CSP violations seen by the page so far (needs `openSitePage` and JavaScript on). */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Text that must never reach a reader: a number that failed, or an object printed raw. */
export const brokenText = /NaN|Infinity|undefined|\[object/;

/**
 * What a calculator shows, per calculator id: the text of each `<output>` and the value of each
 * field (`<input>`, `<select>`), in document order. Fields count because a calculator may have no
 * output at all (the assumptions panel keeps its state in its fields).
 */
export async function calculatorState(page: Page): Promise<Record<string, { outputs: string[]; fields: string[] }>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.tot-calculator')].map((calculator, index) => [
        calculator.id || `calculator-${index}`,
        {
          outputs: [...calculator.querySelectorAll('output')].map((output) => (output.textContent ?? '').trim()),
          fields: [...calculator.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((field) => field.value),
        },
      ]),
    ),
  );
}

/** What a calculator shows: the text of each `<output>`, in document order, per calculator id. */
export async function calculatorOutputs(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.tot-calculator')].map((calculator, index) => [
        calculator.id || `calculator-${index}`,
        [...calculator.querySelectorAll('output')].map((output) => (output.textContent ?? '').trim()),
      ]),
    ),
  );
}

/** Ids of the text inputs inside calculators, grouped by calculator id. */
export async function calculatorTextInputs(page: Page): Promise<{ calculator: string; inputs: string[] }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.tot-calculator')].map((calculator) => ({
      calculator: calculator.id,
      inputs: [...calculator.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])')].map((input) => input.id),
    })),
  );
}

/**
 * A valid edit of a field's text that differs from it: the first digit bumped by one
 * (`65.2B` → `75.2B`, `40%` → `50%`, `$3.93` → `$4.93`); 9 becomes 8 so a bound is not crossed.
 */
export function bumpFirstDigit(text: string): string | undefined {
  const index = text.search(/\d/);
  if (index === -1) return undefined;
  const digit = Number(text[index]);
  const next = digit === 9 ? 8 : digit === 0 ? 1 : digit + 1;
  return `${text.slice(0, index)}${next}${text.slice(index + 1)}`;
}

/**
 * Values that no numeric field may accept: each must mark the field invalid with a message.
 */
const neverValid: readonly string[] = [
  '',
  '   ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'x'.repeat(10_000),
  '🚀',
  'null',
  'undefined',
  '[object Object]',
  "' OR 1=1 --",
  '1e308*10',
  '.',
  ',',
  '$',
  '%',
  'e',
  '--',
  '9'.repeat(400),
  'true',
  '__proto__',
  'constructor',
];

/**
 * Values a field may legitimately take (negative numbers, zero, `1,000,000`, `70 B`) or refuse:
 * either way the page must never show NaN or break.
 */
const sometimesValid: readonly string[] = [
  '-1',
  '-0',
  '0',
  '1e-400',
  '70 B',
  '1,000,000',
  '１２３',
  '12🚀',
  '0x10',
  '1/2',
  '--5',
  '5-',
  '$-3',
  '١٢٣',
  '\u202E321\u202C',
  '\u200B5',
  '%00',
  '1\n2',
  '\t7\t',
  '1e308',
  '1e',
  '+-1',
  '0.'.repeat(30),
  '1..2',
  '1,,2',
  '١e٣',
];

/** Values no reader should be able to break a calculator with, each fed to every field. */
export const hostileValues: readonly string[] = [...sometimesValid, ...neverValid];

/** The hostile values that must always mark the field invalid with a message. */
export const alwaysInvalidValues: ReadonlySet<string> = new Set(neverValid);

/**
 * Malformed query strings for a page whose calculators write the given URL keys
 * (`train.params`, `compare.gpu`, ...), each aimed at every namespace at once. Every value is
 * invalid for any field (no number a field could accept, no option of a choice), so a calculator
 * opened with one must stay on its defaults.
 */
export function hostileQueries(keys: readonly string[], count = 50): string[] {
  const namespaces = [...new Set(keys.map((key) => key.split('.')[0]))];
  const all = (value: string) => keys.map((key) => `${key}=${value}`).join('&');
  const perKey: ((key: string, index: number) => string)[] = [
    () => 'NaN',
    () => 'Infinity',
    () => '-Infinity',
    () => '1e999',
    () => '-1e400',
    () => 'NaN%25',
    () => '',
    () => '%20%20',
    () => '%3Cscript%3Ealert(1)%3C/script%3E',
    () => '%3Cimg%20src=x%20onerror=alert(1)%3E',
    // Long enough to be refused unread (over 64 characters); the first key gets 10,000 (a URL
    // over 16 kB would be refused by the server before the page sees it).
    (_key, index) => (index === 0 ? '9'.repeat(10_000) : '9'.repeat(200)),
    () => '%E0%A4%A',
    () => '%',
    () => '%%%',
    () => '%00',
    () => '%0ANaN',
    () => 'null',
    () => 'undefined',
    () => '[object%20Object]',
    () => '__proto__',
    () => 'constructor',
    () => 'toString',
    () => '%F0%9F%9A%80',
    () => '%EF%BC%AE%EF%BD%81%EF%BC%AE',
    () => '1e-400',
    () => '0x10',
    () => '1/2',
    () => '--5',
    () => '$-3',
    () => "'%20OR%201=1%20--",
    () => '1,2,3,4',
    () => 'javascript:alert(1)',
    () => '%E2%80%AE123',
    () => 'a'.repeat(65),
    (_key, index) => `${index}${'e'.repeat(index + 1)}`,
  ];
  const whole: string[] = [
    ...perKey.map((make) => keys.map((key, index) => `${key}=${make(key, index)}`).join('&')),
    // Structure, not values: duplicates, unknown keys, empty names, broken separators.
    // URLSearchParams.get reads the first of duplicates.
    keys.map((key) => `${key}=NaN&${key}=1`).join('&'),
    keys.map((key) => `${key}`).join('&'),
    keys.map((key) => `${key}==`).join('&'),
    namespaces.map((namespace) => `${namespace}.bogus=1&${namespace}.=2&${namespace}=3`).join('&'),
    namespaces.map((namespace) => `${namespace}.__proto__=1&${namespace}.constructor=1`).join('&'),
    `${all('NaN')}&&&&`,
    `&=&=&${all('NaN')}`,
    `${keys.map((key) => `${encodeURIComponent(key)}=NaN`).join('&')}`,
    `${keys.map((key) => `${key.toUpperCase()}=NaN`).join('&')}`,
    `${keys.map((key) => `${key}[]=1`).join('&')}`,
    `${keys.map((key) => `${key}=1;${key}=NaN`).join('&')}`,
    `${all('%23frag')}`,
    `${all('%3F')}`,
    `${all('+')}`,
    'a'.repeat(4_000),
  ];
  const queries = whole.slice(0, count).map((query) => `?${query}`);
  if (queries.length < count) throw new Error(`Only ${queries.length} hostile queries generated, ${count} wanted`);
  return queries;
}
