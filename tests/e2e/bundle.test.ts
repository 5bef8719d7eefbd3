/**
 * What the browser downloads: the calculators compute from the library, but the cited datasets
 * behind it (the bibliography, the run history's notes, the price list's and the model presets'
 * notes) stay on the
 * server. One barrel import without tree-shaking once put all of them into every calculator page.
 * And each page's scripts, read from the build, stay within the JavaScript budgets of
 * bench-budgets.json (`npm run bench` measures them in a browser; this catches a regression in
 * `npm test` without one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import budgets from '../../bench-budgets.json';
import { acceleratorNotes, modelShapeSources, pricePoints, sources, trainingRuns } from '../../src/lib';
import { builtHtml, distDirectory, label, sitePages } from './support/site';

const scripts = readdirSync(join(distDirectory, '_astro'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, text: readFileSync(join(distDirectory, '_astro', file), 'utf8') }));

/** Long texts that only the server-rendered pages need, with where each comes from. */
const serverOnly = [
  ...Object.values(sources).map((source) => ({ what: `bibliography title of ${source.id}`, text: source.title })),
  ...trainingRuns.flatMap((run) => (run.notes ? [{ what: `notes of run ${run.id}`, text: run.notes }] : [])),
  ...pricePoints.flatMap((point) => (point.note ? [{ what: `note of a ${point.accelerator} price`, text: point.note }] : [])),
  ...Object.entries(acceleratorNotes).map(([id, text]) => ({ what: `notes of accelerator ${id}`, text: text ?? '' })),
  ...Object.entries(modelShapeSources).flatMap(([id, { note }]) => (note ? [{ what: `note of model preset ${id}`, text: note }] : [])),
].filter(({ text }) => text.length >= 40);

describe('browser JavaScript', () => {
  test('there are scripts to check, and texts that must stay out of them', () => {
    expect(scripts.length).toBeGreaterThan(5);
    expect(serverOnly.length).toBeGreaterThan(50);
  });

  test('no script carries the bibliography, the run notes or the price and accelerator notes', () => {
    const leaks = scripts.flatMap(({ file, text }) =>
      serverOnly.filter(({ text: needle }) => text.includes(needle.slice(0, 40))).map(({ what }) => `${file}: ${what}`),
    );
    expect(leaks).toEqual([]);
  });
});

/** A script's file name in _astro/ from a URL or path in a page (`/_astro/islands.Ab1.js` → `islands.Ab1.js`). */
const scriptFile = (url: string) => basename(url.split(/[?#]/)[0]!);
const scriptText = (file: string) => readFileSync(join(distDirectory, '_astro', file), 'utf8');

/**
 * The script files a page runs before search is opened: its module scripts, each island's
 * component and renderer, and everything those import statically (`import … from "./x.js"`,
 * `export … from`, `import "./x.js"`). Dynamic `import()`s (search's UI, Preact signals) load
 * only on demand and are left out, as the bench leaves them out.
 */
function pageScripts(html: string): string[] {
  const found = new Set<string>();
  const queue = [
    ...[...html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((match) => scriptFile(match[1]!)),
    ...[...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((match) => scriptFile(match[1]!)),
  ];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (found.has(file)) continue;
    found.add(file);
    for (const match of scriptText(file).matchAll(/\b(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g)) queue.push(scriptFile(match[1]!));
  }
  return [...found];
}

describe('JavaScript per page, read from the build', () => {
  const pages = sitePages().map((path) => {
    const html = builtHtml(path);
    const files = pageScripts(html);
    const gzipBytes = files.reduce((total, file) => total + gzipSync(scriptText(file), { level: 9 }).length, 0);
    return { path, islands: (html.match(/<astro-island\b/g) ?? []).length, files, gzipBytes };
  });
  const searchUi = scripts.filter(({ text }) => text.includes('pagefind-ui__result')).map(({ file }) => file);

  test('pages with islands and pages without are both in the build, and so is the search UI', () => {
    expect(pages.filter((page) => page.islands > 0).length).toBeGreaterThan(5);
    expect(pages.filter((page) => page.islands === 0).length).toBeGreaterThan(5);
    expect(searchUi.length).toBeGreaterThan(0);
  });

  test.each(pages.map((page) => [label(page.path), page] as const))('%s stays within its JavaScript budget', (_label, page) => {
    if (page.islands > 0) {
      expect(page.gzipBytes, `gzip bytes of ${page.files.join(', ')}`).toBeLessThanOrEqual(budgets.pageWithIslands.maxJsGzipBytes);
      expect(page.files.length, page.files.join(', ')).toBeLessThanOrEqual(budgets.pageWithIslands.maxJsFiles);
    } else {
      expect(page.gzipBytes, `gzip bytes of ${page.files.join(', ')}`).toBeLessThanOrEqual(budgets.pageWithoutIslands.maxJsGzipBytes);
    }
  });

  test('no page loads the search UI before search is opened', () => {
    expect(pages.flatMap((page) => page.files.filter((file) => searchUi.includes(file)).map((file) => `${label(page.path)}: ${file}`))).toEqual([]);
  });
});
